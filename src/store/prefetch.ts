// Prefetching: what a request will ask about the nodes a query returns (their speakers, mentions, the
// statements disputing them, the places they lie in…) fetched by that same query, so a nested GraphQL
// request costs one Cypher round trip instead of one per level of nesting. The GraphQL layer says what
// to fetch (a Plan, built from the request's selection); this module turns it into Cypher: one COLLECT
// subquery per hop, nested as deep as the plan goes.
import type { Node, RecordShape } from "neo4j-driver";
import type { Database, Params } from "../db/database";
import { Label, RelationshipType } from "../graph/model";
import { CONVERTED_PROPERTIES, type NodeLike, type RelationshipLike } from "../graph/nodes";
import { hopPattern, neighbourLabel, neighbourOrder, type Hop } from "./related";

/** What to fetch for a node: its neighbours through some hops (and for each, what to fetch for them). */
export interface Plan {
  hops: HopStep[];
  /** The places the node lies in, nearest first (containedIn), and what to fetch for each. */
  chain: Plan | null;
}

export interface HopStep {
  hop: Hop;
  /** What to fetch for each neighbour. */
  next: Plan;
}

/** The value of a plan's Cypher for one node: `h0`, `h1`… hold the neighbours through plan.hops[i]. */
export interface PlanValue {
  id: string;
  chain?: ChainItem[];
  [hop: `h${number}`]: HopItem[];
}

export interface HopItem {
  node: NodeLike;
  /** Fetched only for hops that list links (Hop.links). */
  relationship?: RelationshipLike;
  next?: PlanValue;
}

export interface ChainItem {
  node: NodeLike;
  next?: PlanValue;
}

/** Extra data computed by a list query for each row it returns. */
export interface Prefetch {
  /** A Cypher expression over the variables the query binds (named by the store function). */
  cypher: string;
  /** Receives the expression's value for each returned row. */
  receive(value: unknown): void;
}

/**
 * The properties projected for the neighbours of each label: by default all their converters read. A
 * request that shows fewer fields asks for fewer (propertiesFor in src/graph/nodes.ts), which keeps
 * what it never shows (a statement's excerpt, an entity's aliases) out of the answer.
 */
export type Projections = Partial<Record<Label, readonly string[]>>;

export const emptyPlan = (): Plan => ({ hops: [], chain: null });

export function isEmptyPlan(plan: Plan): boolean {
  return plan.hops.length === 0 && plan.chain === null;
}

/** The places `node` lies in, nearest first; where the hierarchy branches, the longest chain wins. */
export function containmentChain(
  node: string,
  next: Plan,
  projections: Projections = CONVERTED_PROPERTIES,
  depth = 1,
): string {
  const place = `place${depth}`;
  const path = `path${depth}`;
  const top = `top${depth}`;
  return [
    "COLLECT {",
    `  MATCH ${path} = (${node})-[:${RelationshipType.LOCATED_IN}*1..12]->(${top}:${Label.Place})`,
    `  WHERE NOT (${top})-[:${RelationshipType.LOCATED_IN}]->(:${Label.Place})`,
    `  WITH ${path} ORDER BY length(${path}) DESC LIMIT 1`,
    `  UNWIND tail(nodes(${path})) AS ${place}`,
    `  RETURN {node: ${projection(place, Label.Entity, projections)}${nextEntry(next, place, projections, depth)}}`,
    "}",
  ].join("\n");
}

/** A Cypher map expression holding everything `plan` asks for about the node in `node`. */
export function planExpression(
  plan: Plan,
  node: string,
  projections: Projections = CONVERTED_PROPERTIES,
  depth = 1,
): string {
  const entries = [`id: ${node}.id`];
  plan.hops.forEach((step, index) => {
    const other = `node${depth}`;
    const link = `link${depth}`;
    const otherLabel = neighbourLabel(step.hop);
    const relationship = step.hop.links ? `, relationship: ${link}` : "";
    const returned = `{node: ${projection(other, otherLabel, projections)}${relationship}${nextEntry(step.next, other, projections, depth)}}`;
    const subquery = [
      "COLLECT {",
      `  MATCH ${hopPattern(step.hop, node, link, other)}`,
      `  WITH ${link}, ${other} ORDER BY ${neighbourOrder(other, otherLabel)}`,
      `  RETURN ${returned}`,
      "}",
    ].join("\n");
    entries.push(`h${index}: ${subquery}`);
  });
  if (plan.chain) entries.push(`chain: ${containmentChain(node, plan.chain, projections, depth)}`);
  return `{${entries.join(",\n")}}`;
}

/** What a link plan (LinkPlan) asks about a relationship's two end nodes, bound to `from` and `to`. */
export function linkEndsExpression(
  from: string,
  to: string,
  fromPlan: Plan,
  toPlan: Plan,
  projections: Projections = CONVERTED_PROPERTIES,
): string {
  const plan = (key: string, endPlan: Plan, node: string) =>
    isEmptyPlan(endPlan) ? "" : `, ${key}: ${planExpression(endPlan, node, projections)}`;
  return (
    `{from: ${projection(from, Label.Entity, projections)}, to: ${projection(to, Label.Entity, projections)}` +
    `${plan("fromPlan", fromPlan, from)}${plan("toPlan", toPlan, to)}}`
  );
}

/** The node's labels and the properties `projections` lists for its label (else the whole node). */
function projection(node: string, label: Label, projections: Projections): string {
  const properties = projections[label];
  const map = properties
    ? `${node} {${properties.map((name) => `.${name}`).join(", ")}}`
    : `properties(${node})`;
  return `{labels: labels(${node}), properties: ${map}}`;
}

/**
 * A Cypher expression for the node in `node` as its converter reads it (NodeLike): its labels and the
 * properties the converter uses, not the whole node, which also carries what only queries read
 * (`searchText`, `saidFrom`, `searchNames`). Store queries return their nodes through it.
 */
export function nodeProjection(node: string, label: Label): string {
  return projection(node, label, CONVERTED_PROPERTIES);
}

function nextEntry(next: Plan, node: string, projections: Projections, depth: number): string {
  return isEmptyPlan(next) ? "" : `, next: ${planExpression(next, node, projections, depth + 1)}`;
}

/**
 * Runs a read query that ends in its RETURN clause, adding the prefetch's column to that clause and
 * handing each row's prefetched value to the prefetch.
 */
export async function readWithPrefetch<Row extends RecordShape>(
  db: Database,
  query: string,
  params: Params,
  prefetch: Prefetch | undefined,
): Promise<Row[]> {
  if (!prefetch) return db.read<Row>(query, params);
  const rows = await db.read<Row & { prefetched: unknown }>(
    `${query.trimEnd()},\n  ${prefetch.cypher} AS prefetched`,
    params,
  );
  for (const row of rows) prefetch.receive(row.prefetched);
  return rows;
}

/** Nodes by id with a query over `$ids` that returns them in the column `column`, converted. */
export async function nodesByIds<T>(
  db: Database,
  query: string,
  column: string,
  convert: (node: Node) => T,
  ids: readonly string[],
  prefetch: Prefetch | undefined,
): Promise<Map<string, T>> {
  const rows = await readWithPrefetch<Record<string, Node>>(db, query, { ids: [...new Set(ids)] }, prefetch);
  return new Map(rows.map((row) => [String(row[column].properties.id), convert(row[column])]));
}
