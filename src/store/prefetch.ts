// Prefetching: what a request will ask about the nodes a query returns (their speakers, mentions, the
// statements disputing them, the places they lie in…) fetched by that same query, so a nested GraphQL
// request costs one Cypher round trip instead of one per level of nesting. The caller says what to
// fetch (a Plan); this module turns it into Cypher, one COLLECT subquery per hop, nested as deep as the
// plan goes, and returns each row's node with its neighbours (a Neighbourhood). A statement's utterance
// is read whole (cypher/utterances/reports.cypher), with the nodes its reports name as the plan asks.
import type { Node, RecordShape } from "neo4j-driver";
import { cypher } from "../db/cypher";
import type { Database, Params } from "../db/database";
import { neighbourLabel, type Hop } from "../graph/hops";
import { Label, RelationshipType, StructuralRelationship } from "../graph/model";
import { CONVERTED_PROPERTIES, type NodeLike, type RelationshipLike } from "../graph/nodes";
import {
  REPORT_NODES,
  toUtterance,
  type ReportNodeKey,
  type UtteranceNode,
  type UtteranceReport,
} from "../graph/utterance";
import type { Page } from "./pagination";
import { hopPattern, neighbourOrder, toNeighbour, type Neighbour } from "./related";

/** What to fetch for a node: its neighbours through some hops (and for each, what to fetch for them). */
export interface Plan {
  hops: HopStep[];
  /** The places the node lies in, nearest first (containedIn), and what to fetch for each. */
  chain: Plan | null;
  /** The utterance the node (a statement) reports, and what to fetch for the nodes its reports name. */
  utterance: UtterancePlan | null;
}

export interface UtterancePlan {
  /** By the report field naming them (REPORT_NODES): what to fetch for those nodes besides themselves. */
  nodes: Partial<Record<ReportNodeKey, Plan>>;
}

export interface HopStep {
  hop: Hop;
  /** What to fetch for each neighbour. */
  next: Plan;
}

/** For rows that are relationships (a page of strikes): what to fetch for their start and end nodes. */
export interface LinkPlan {
  from: Plan;
  to: Plan;
}

/**
 * The properties projected for the neighbours of each label: by default all their converters read. A
 * request that shows fewer fields asks for fewer (propertiesFor in src/graph/nodes.ts), which keeps
 * what it never shows (a statement's excerpt, an entity's aliases) out of the answer.
 */
export type Projections = Partial<Record<Label, readonly string[]>>;

/** What a read fetches besides its rows: a plan for each row, and the properties to project. */
export interface Prefetch<P extends Plan | LinkPlan = Plan> {
  plan: P;
  projections: Projections;
}

/** What a plan fetched about one node: its neighbours through each hop, and the places it lies in. */
export interface Neighbourhood {
  id: string;
  hops: { hop: Hop; neighbours: Reached[] }[];
  /** Null when the plan did not ask for the chain. */
  chain: ReachedNode[] | null;
  /** Null when the plan did not ask for the utterance. */
  utterance: PrefetchedUtterance | null;
}

/** A statement's utterance (null when it reports none) and the nodes its reports name. */
export interface PrefetchedUtterance {
  utterance: UtteranceNode | null;
  /** For each report field the plan asked for, the nodes found (an id may name a deleted statement). */
  nodes: { key: ReportNodeKey; found: ReachedNode[] }[];
}

/** A node reached other than through a hop (a place of a chain, a node a report names), and what the
 * plan fetched about it in turn. */
export interface ReachedNode {
  node: NodeLike;
  next: Neighbourhood | null;
}

/** A neighbour, and what the plan fetched about it in turn (null where the plan stops). */
export interface Reached {
  neighbour: Neighbour;
  next: Neighbourhood | null;
}

/** A relationship row's two end nodes and what a link plan fetched about them. */
export interface LinkEnds {
  from: NodeLike;
  to: NodeLike;
  fromNeighbourhood: Neighbourhood | null;
  toNeighbourhood: Neighbourhood | null;
}

/** What a read returned, and for each row, in order, what its prefetch fetched (none without one). */
export interface WithNeighbours<T, N = Neighbourhood> {
  items: T[];
  neighbourhoods: N[];
}

export const emptyPlan = (): Plan => ({ hops: [], chain: null, utterance: null });

export function isEmptyPlan(plan: Plan): boolean {
  return plan.hops.length === 0 && plan.chain === null && plan.utterance === null;
}

/** A plan's Cypher value for one node: `h0`, `h1`… hold the neighbours through plan.hops[i]. */
interface PlanValue {
  id: string;
  chain?: ChainItem[];
  utterance?: UtteranceValue | null;
  [hop: `h${number}`]: HopItem[];
}

/** An utterance's Cypher value: `n0`, `n1`… hold the nodes named by the plan's report fields, in order. */
interface UtteranceValue {
  id: string;
  reports: UtteranceReport[];
  [nodes: `n${number}`]: ReportedNodeItem[];
}

interface ReportedNodeItem {
  node: NodeLike;
  next?: PlanValue;
}

interface HopItem {
  node: NodeLike;
  /** Fetched only for hops that list links (Hop.links). */
  relationship?: RelationshipLike;
  next?: PlanValue;
}

/** A place of a containment chain, as containmentChain returns it. */
export interface ChainItem {
  node: NodeLike;
  next?: PlanValue;
}

interface LinkEndsValue {
  from: NodeLike;
  to: NodeLike;
  fromPlan?: PlanValue;
  toPlan?: PlanValue;
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
function planExpression(plan: Plan, node: string, projections: Projections, depth = 1): string {
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
  if (plan.utterance)
    entries.push(`utterance: ${utteranceExpression(plan.utterance, node, projections, depth)}`);
  return `{${entries.join(",\n")}}`;
}

/**
 * The utterance the statement in `node` reports, with its reports, and for each report field the plan
 * names, the nodes those fields name. The names `utterance` and `reports` are fixed by reports.cypher:
 * the planner never nests an utterance inside another (a report's statement's utterance is the same one,
 * primed from it).
 */
function utteranceExpression(
  plan: UtterancePlan,
  node: string,
  projections: Projections,
  depth: number,
): string {
  const nodes = reportNodeKeys(plan).map((key, index) => {
    const report = `report${depth}`;
    const id = `reportedId${depth}`;
    const reported = `reported${depth}`;
    const label = REPORT_NODES[key];
    const next = nextEntry(plan.nodes[key] ?? emptyPlan(), reported, projections, depth);
    return [
      `n${index}: COLLECT {`,
      `  UNWIND reports AS ${report}`,
      `  WITH DISTINCT ${report}.${key} AS ${id}`,
      `  MATCH (${reported}:${label} {id: ${id}})`,
      `  RETURN {node: ${projection(reported, label, projections)}${next}}`,
      "}",
    ].join("\n");
  });
  return [
    "head(COLLECT {",
    `  MATCH (${node})-[:${StructuralRelationship.REPORTS}]->(utterance:${Label.Utterance})`,
    cypher("utterances/reports"),
    `  RETURN {${["id: utterance.id", "reports: reports", ...nodes].join(",\n")}}`,
    "})",
  ].join("\n");
}

/** The report fields an utterance plan names, in the order of the `n0`, `n1`… entries. */
function reportNodeKeys(plan: UtterancePlan): ReportNodeKey[] {
  return Object.keys(plan.nodes) as ReportNodeKey[];
}

/** What a link plan asks about a relationship's two end nodes, bound to `from` and `to`. */
function linkEndsExpression(from: string, to: string, { plan, projections }: Prefetch<LinkPlan>): string {
  const endPlan = (key: string, end: Plan, node: string) =>
    isEmptyPlan(end) ? "" : `, ${key}: ${planExpression(end, node, projections)}`;
  return (
    `{from: ${projection(from, Label.Entity, projections)}, to: ${projection(to, Label.Entity, projections)}` +
    `${endPlan("fromPlan", plan.from, from)}${endPlan("toPlan", plan.to, to)}}`
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

/** What the plan's Cypher returned for one node, as neighbours. */
function toNeighbourhood(plan: Plan, value: PlanValue): Neighbourhood {
  const { chain } = plan;
  return {
    id: value.id,
    hops: plan.hops.map((step, index) => ({
      hop: step.hop,
      neighbours: (value[`h${index}`] ?? []).map((item) => ({
        neighbour: toNeighbour(step.hop, value.id, item.node, item.relationship ?? null),
        next: item.next ? toNeighbourhood(step.next, item.next) : null,
      })),
    })),
    chain:
      chain && value.chain
        ? value.chain.map((place) => ({
            node: place.node,
            next: place.next ? toNeighbourhood(chain, place.next) : null,
          }))
        : null,
    utterance: plan.utterance ? toPrefetchedUtterance(plan.utterance, value.utterance ?? null) : null,
  };
}

function toPrefetchedUtterance(plan: UtterancePlan, value: UtteranceValue | null): PrefetchedUtterance {
  if (!value) return { utterance: null, nodes: [] };
  return {
    utterance: toUtterance(value.id, value.reports),
    nodes: reportNodeKeys(plan).map((key, index) => ({
      key,
      found: value[`n${index}`].map((item) => ({
        node: item.node,
        next: item.next ? toNeighbourhood(plan.nodes[key] ?? emptyPlan(), item.next) : null,
      })),
    })),
  };
}

/**
 * The Cypher of each Prefetch, written once for each set of variables it is spliced in with: the
 * GraphQL layer keeps one Prefetch per operation and root field, so repeated requests reuse it.
 */
const expressions = new WeakMap<Prefetch<Plan | LinkPlan>, Map<string, string>>();

function expressionOf<P extends Plan | LinkPlan>(
  prefetch: Prefetch<P>,
  variables: string,
  write: () => string,
): string {
  let byVariables = expressions.get(prefetch);
  if (!byVariables) {
    byVariables = new Map();
    expressions.set(prefetch, byVariables);
  }
  let expression = byVariables.get(variables);
  if (expression === undefined) {
    expression = write();
    byVariables.set(variables, expression);
  }
  return expression;
}

/** Runs a read query that ends in its RETURN clause, with `expression` (if any) as one more column. */
async function readWithColumn<Row extends RecordShape, V>(
  db: Database,
  query: string,
  params: Params,
  expression: string | null,
): Promise<{ rows: Row[]; values: V[] }> {
  if (expression === null) return { rows: await db.read<Row>(query, params), values: [] };
  const rows = await db.read<Row & { prefetched: V }>(
    `${query.trimEnd()},\n  ${expression} AS prefetched`,
    params,
  );
  return { rows, values: rows.map((row) => row.prefetched) };
}

/**
 * Runs a read query that ends in its RETURN clause and binds each row's node to `variable`, fetching
 * with it what `prefetch` plans: the rows, and each row's neighbourhood in the same order.
 */
export async function readWithNeighbours<Row extends RecordShape>(
  db: Database,
  query: string,
  params: Params,
  variable: string,
  prefetch: Prefetch | undefined,
): Promise<{ rows: Row[]; neighbourhoods: Neighbourhood[] }> {
  const expression = prefetch
    ? expressionOf(prefetch, variable, () => planExpression(prefetch.plan, variable, prefetch.projections))
    : null;
  const { rows, values } = await readWithColumn<Row, PlanValue>(db, query, params, expression);
  return {
    rows,
    neighbourhoods: prefetch ? values.map((value) => toNeighbourhood(prefetch.plan, value)) : [],
  };
}

/**
 * Runs a read query whose rows are relationships, their start and end nodes bound to `from` and `to`,
 * fetching with it what `prefetch` plans for those ends: the rows, and each row's ends in the same order.
 */
export async function readWithLinkEnds<Row extends RecordShape>(
  db: Database,
  query: string,
  params: Params,
  [from, to]: [string, string],
  prefetch: Prefetch<LinkPlan> | undefined,
): Promise<{ rows: Row[]; neighbourhoods: LinkEnds[] }> {
  const expression = prefetch
    ? expressionOf(prefetch, `${from} ${to}`, () => linkEndsExpression(from, to, prefetch))
    : null;
  const { rows, values } = await readWithColumn<Row, LinkEndsValue>(db, query, params, expression);
  if (!prefetch) return { rows, neighbourhoods: [] };
  const { plan } = prefetch;
  return {
    rows,
    neighbourhoods: values.map((ends) => ({
      from: ends.from,
      to: ends.to,
      fromNeighbourhood: ends.fromPlan ? toNeighbourhood(plan.from, ends.fromPlan) : null,
      toNeighbourhood: ends.toPlan ? toNeighbourhood(plan.to, ends.toPlan) : null,
    })),
  };
}

/**
 * Nodes by id with a query over `$ids` that returns them in the column `column`, converted, with what
 * `prefetch` plans for each (the prefetch may use the variable `column`).
 */
export async function nodesByIds<T>(
  db: Database,
  query: string,
  column: string,
  convert: (node: Node) => T,
  ids: readonly string[],
  prefetch?: Prefetch,
): Promise<WithNeighbours<T>> {
  const { rows, neighbourhoods } = await readWithNeighbours<Record<string, Node>>(
    db,
    query,
    { ids: [...new Set(ids)] },
    column,
    prefetch,
  );
  return { items: rows.map((row) => convert(row[column])), neighbourhoods };
}

/** A page and, for each of its items, what the prefetch fetched (the extra row that tells a next page
 * exists is not an item). */
export function pageWithNeighbours<T, N>(page: Page<T>, neighbourhoods: N[]): Page<T> & WithNeighbours<T, N> {
  return { ...page, neighbourhoods: neighbourhoods.slice(0, page.items.length) };
}

/** The nodes nodesByIds found, keyed by their id. */
export function keyedById<T extends { id: string }>(found: WithNeighbours<T>): Map<string, T> {
  return new Map(found.items.map((node) => [node.id, node]));
}
