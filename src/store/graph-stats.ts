// Counts per label and relationship type: the seed's closing figures, the loader's idempotency check.
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";

export interface GraphCounts {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const rows = await db.read<{ of: "label" | "type"; name: string; count: number }>(
    cypher("store/graph-counts"),
  );
  const counts: GraphCounts = { labels: {}, relationshipTypes: {} };
  for (const row of rows) {
    (row.of === "label" ? counts.labels : counts.relationshipTypes)[row.name] = row.count;
  }
  return counts;
}
