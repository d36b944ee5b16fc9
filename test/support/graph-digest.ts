// "Changes nothing", checked: a digest of every node of the graph (id, labels, properties; the change feed aside) and every relationship
// (id, type, properties, endpoints), taken before and after. The one helper every idempotency and
// bad-input test uses — never counts alone, which a changed property or a reversed link would pass.
import { createHash } from "node:crypto";
import type { Database } from "../../src/db/database";
import { FeedLabel } from "../../src/graph/model";

export interface GraphDigest {
  hash: string;
  /** One canonical line per node and relationship, sorted: what the hash is of, for showing a diff. */
  lines: string[];
}

/** Neo4j values as stable text: temporal values by their ISO form, maps with sorted keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const isPlain = Object.getPrototypeOf(value) === Object.prototype;
    if (!isPlain) return JSON.stringify(String(value));
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export async function graphDigest(db: Database): Promise<GraphDigest> {
  // The change feed is left out: it is the log of writes, not the graph, and a write undone (a link,
  // then its unlink) leaves the graph as it was but the feed two entries longer. Whether a refused
  // write appends nothing is tested apart (test/store/changes.test.ts).
  const rows = await db.read<{ line: unknown[] }>(`
    MATCH (node)
    WHERE NOT node:${FeedLabel.Change} AND NOT node:${FeedLabel.ChangeFeed}
    RETURN ['node', coalesce(node.id, node.key, elementId(node)), labels(node), properties(node)] AS line
    UNION ALL
    MATCH (from)-[relationship]->(to)
    RETURN ['relationship', relationship.id, type(relationship),
      coalesce(from.id, from.key, elementId(from)) + ' -> ' + coalesce(to.id, to.key, elementId(to)),
      properties(relationship)] AS line`);
  const lines = rows
    .map(({ line }) =>
      canonical(line.map((item) => (Array.isArray(item) ? [...(item as string[])].sort() : item))),
    )
    .sort();
  return { hash: createHash("sha256").update(lines.join("\n")).digest("hex"), lines };
}

/** The lines only one of two digests has, a few of each: what changed. */
export function digestDifference(before: GraphDigest, after: GraphDigest, shown = 8): string {
  const was = new Set(before.lines);
  const is = new Set(after.lines);
  const removed = before.lines.filter((line) => !is.has(line));
  const added = after.lines.filter((line) => !was.has(line));
  return [
    `${removed.length} gone, ${added.length} new or changed`,
    ...removed.slice(0, shown).map((line) => `- ${line.slice(0, 300)}`),
    ...added.slice(0, shown).map((line) => `+ ${line.slice(0, 300)}`),
  ].join("\n");
}

/** Fails, showing what changed, unless the graph's digest is still `before`. */
export async function expectGraphUnchanged(db: Database, before: GraphDigest): Promise<void> {
  const after = await graphDigest(db);
  if (after.hash !== before.hash) throw new Error(`the graph changed:\n${digestDifference(before, after)}`);
}
