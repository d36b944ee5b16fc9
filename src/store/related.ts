// One query answers "what do these nodes link to through relationships X, Y and Z": the building
// block of every list field (a statement's speaker and mentions, an entity's statements, a place's
// strikes…). The fields a page asks for at one level of nesting are batched together, so a page costs
// one round trip per level, not one per field or per row.
import type { Node, Relationship } from "neo4j-driver";
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

export interface HopRequest {
  hop: Hop;
  ids: readonly string[];
}

const LABELS = new Set<string>(Object.values(Label));
const TYPES = new Set<string>([...Object.values(RelationshipType), ...Object.values(StructuralRelationship)]);

export function hopKey(hop: Hop): string {
  return `${hop.type}/${hop.direction}/${hop.fromLabel}/${hop.toLabel}`;
}

/**
 * One branch of the query: the neighbours through one hop of the ids requested for it. Labels and
 * types are spliced in because Cypher cannot take them as parameters without losing index use; they
 * come from the model's enums only, checked here.
 */
function branch(hop: Hop, index: number): string {
  if (!TYPES.has(hop.type) || !LABELS.has(hop.fromLabel) || !LABELS.has(hop.toLabel)) {
    throw new Error(`not a hop of the graph model: ${hopKey(hop)}`);
  }
  const pattern =
    hop.direction === "outgoing"
      ? `(node:${hop.fromLabel} {id: id})-[relationship:${hop.type}]->(other:${hop.toLabel})`
      : `(node:${hop.toLabel} {id: id})<-[relationship:${hop.type}]-(other:${hop.fromLabel})`;
  return [
    `  UNWIND $ids${index} AS id`,
    `  MATCH ${pattern}`,
    `  RETURN ${index} AS hop, id, other, relationship, other.id AS otherId`,
    `  ORDER BY id, other.articleId, other.evidenceStart, other.name, other.id`,
  ].join("\n");
}

/** The neighbours of every requested id through every requested hop, in one round trip. */
export async function neighbours(
  db: Database,
  requests: readonly HopRequest[],
): Promise<Map<string, Map<string, Neighbour[]>>> {
  const query = `CALL () {\n${requests.map((request, index) => branch(request.hop, index)).join("\n  UNION ALL\n")}\n}\nRETURN hop, id, other, relationship, otherId`;
  const params = Object.fromEntries(
    requests.map((request, index) => [`ids${index}`, [...new Set(request.ids)]]),
  );
  const rows = await db.read<{
    hop: number;
    id: string;
    other: Node;
    relationship: Relationship;
    otherId: string;
  }>(query, params);
  const byHop = new Map<string, Map<string, Neighbour[]>>(
    requests.map((request) => [hopKey(request.hop), new Map(request.ids.map((id) => [id, []]))]),
  );
  for (const row of rows) {
    const hop = requests[row.hop].hop;
    const [from, to] = hop.direction === "outgoing" ? [row.id, row.otherId] : [row.otherId, row.id];
    byHop.get(hopKey(hop))?.get(row.id)?.push({ node: row.other, relationship: row.relationship, from, to });
  }
  return byHop;
}
