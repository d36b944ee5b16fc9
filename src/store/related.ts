// One query answers "what do these nodes link to through relationships X, Y and Z": the building
// block of every list field (a statement's speaker and mentions, an entity's statements, a place's
// strikes…). The fields a page asks for at one level of nesting are batched together, so a page costs
// one round trip per level, not one per field or per row.
import type { Node, Relationship } from "neo4j-driver";
import type { Database } from "../db/database";
import { hopKey, neighbourLabel, type Hop } from "../graph/hops";
import { Label, RelationshipType, StructuralRelationship } from "../graph/model";
import type { NodeLike, RelationshipLike } from "../graph/nodes";

export interface Neighbour {
  node: NodeLike;
  /** Null where the hop does not list links and the relationship was not fetched. */
  relationship: RelationshipLike | null;
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

/** The neighbour `other` of the node `id` through `hop`, reached by `relationship`. */
export function toNeighbour(
  hop: Hop,
  id: string,
  other: NodeLike,
  relationship: RelationshipLike | null,
): Neighbour {
  const otherId = String(other.properties.id);
  const [from, to] = hop.direction === "outgoing" ? [id, otherId] : [otherId, id];
  return { node: other, relationship, from, to };
}

/**
 * The pattern from the node in `node` through `hop` to `other`, bound to `relationship`. Labels and
 * types are spliced in because Cypher cannot take them as parameters without losing index use; they
 * come from the model's enums only, checked here. `nodeProperties` pins the start ("{id: id}").
 */
export function hopPattern(
  hop: Hop,
  node: string,
  relationship: string,
  other: string,
  nodeProperties = "",
): string {
  const start = nodeProperties ? ` ${nodeProperties}` : "";
  if (!TYPES.has(hop.type) || !LABELS.has(hop.fromLabel) || !LABELS.has(hop.toLabel)) {
    throw new Error(`not a hop of the graph model: ${hopKey(hop)}`);
  }
  return hop.direction === "outgoing"
    ? `(${node}:${hop.fromLabel}${start})-[${relationship}:${hop.type}]->(${other}:${hop.toLabel})`
    : `(${node}:${hop.toLabel}${start})<-[${relationship}:${hop.type}]-(${other}:${hop.fromLabel})`;
}

/**
 * The order of a node's neighbours in every list field: statements in reading order, anything else
 * by name. Only the properties that order reads, as sorting is done for every node of a page.
 */
export function neighbourOrder(other: string, label: Label): string {
  return label === Label.Statement
    ? `${other}.articleId, ${other}.evidenceStart, ${other}.id`
    : `${other}.name, ${other}.id`;
}

/** One branch of the query: the neighbours through one hop of the ids requested for it. */
function branch(hop: Hop, index: number): string {
  return [
    `  UNWIND $ids${index} AS id`,
    `  MATCH ${hopPattern(hop, "node", "relationship", "other", "{id: id}")}`,
    `  RETURN ${index} AS hop, id, other, relationship`,
    `  ORDER BY id, ${neighbourOrder("other", neighbourLabel(hop))}`,
  ].join("\n");
}

/** The neighbours of every requested id through every requested hop, in one round trip. */
export async function neighbours(
  db: Database,
  requests: readonly HopRequest[],
): Promise<Map<string, Map<string, Neighbour[]>>> {
  const query = `CALL () {\n${requests.map((request, index) => branch(request.hop, index)).join("\n  UNION ALL\n")}\n}\nRETURN hop, id, other, relationship`;
  const params = Object.fromEntries(
    requests.map((request, index) => [`ids${index}`, [...new Set(request.ids)]]),
  );
  const rows = await db.read<{
    hop: number;
    id: string;
    other: Node;
    relationship: Relationship;
  }>(query, params);
  const byHop = new Map<string, Map<string, Neighbour[]>>(
    requests.map((request) => [hopKey(request.hop), new Map(request.ids.map((id) => [id, []]))]),
  );
  for (const row of rows) {
    const hop = requests[row.hop].hop;
    byHop
      .get(hopKey(hop))
      ?.get(row.id)
      ?.push(toNeighbour(hop, row.id, row.other, row.relationship));
  }
  return byHop;
}
