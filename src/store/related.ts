// One query answers "what does each of these nodes link to through relationship X": the building
// block of every list field (a statement's mentions, an entity's statements, a place's strikes…),
// batched over many ids so a page costs one round trip per field, not one per row.
import type { Node, Relationship } from "neo4j-driver";
import { cypherTemplate } from "../db/cypher";
import type { Database } from "../db/database";
import { Label, RelationshipType, StructuralRelationship } from "../graph/model";

export type Direction = "outgoing" | "incoming";

export interface Hop {
  type: RelationshipType | StructuralRelationship;
  direction: Direction;
  /** Label of the relationship's start node. */
  fromLabel: Label;
  /** Label of the relationship's end node. */
  toLabel: Label;
}

export interface Neighbour {
  node: Node;
  relationship: Relationship;
  /** Id of the node at the relationship's start and end (not the query's direction). */
  from: string;
  to: string;
}

const TEMPLATE_VALUES: ReadonlySet<string> = new Set<string>([
  ...Object.values(Label),
  ...Object.values(RelationshipType),
  ...Object.values(StructuralRelationship),
]);

export async function neighbours(
  db: Database,
  hop: Hop,
  ids: readonly string[],
): Promise<Map<string, Neighbour[]>> {
  const query = cypherTemplate(`store/related-${hop.direction}`, { ...hop }, TEMPLATE_VALUES);
  const rows = await db.read<{ id: string; other: Node; relationship: Relationship; otherId: string }>(
    query,
    {
      ids: [...new Set(ids)],
    },
  );
  const byId = new Map<string, Neighbour[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const [from, to] = hop.direction === "outgoing" ? [row.id, row.otherId] : [row.otherId, row.id];
    byId.get(row.id)?.push({ node: row.other, relationship: row.relationship, from, to });
  }
  return byId;
}
