// How a field reads the graph, declared once, on the parameter of its resolver that receives what it
// reads: `@Neighbours(hop)`, `@ContainingPlaces()`, `@LinkEnd(end)`, `@ReportedUtterance()`,
// `@ReportNode(key)`, and on a plain field `@SameNode()`. The same declaration lands in the
// field's GraphQL extensions, where the prefetch planner (prefetch.ts) finds it; a test walks the
// schema to check that every list field reading the graph has one.
import type { GraphQLField } from "graphql";
import {
  createParameterDecorator,
  Extensions,
  type ParameterDecorator,
  type ResolverData,
} from "type-graphql";
import type { Hop } from "../graph/hops";
import { REPORT_NODES, type ReportNodeKey } from "../graph/utterance";
import {
  toEntity,
  toFigure,
  toRole,
  toStatement,
  toStrike,
  type EntityNode,
  type FigureNode,
  type Link,
  type RelationshipLike,
  type RoleLink,
  type SourcedEvidence,
  type StatementNode,
  type StrikeLink,
} from "../graph/nodes";
import type { Neighbour } from "../store/related";
import type { GraphQLContext } from "./context";

/** A relationship's start or end. */
export type End = "from" | "to";

/** What a field reads, as it is declared; kept in the field's extensions under `reads`. */
export type FieldReads =
  /** The node's neighbours through one hop (a statement's mentions, a place's strikes). */
  | { kind: "hop"; hop: Hop }
  /** The places the node lies in, nearest first, at any depth (containedIn). */
  | { kind: "containment" }
  /** One end of the relationship the object is (a strike's attacker, a role's organization). */
  | { kind: "linkEnd"; end: End }
  /** The node the object stands for (a whoSaid match's statement): read as the object's own. */
  | { kind: "sameNode" }
  /** The utterance the object's statement reports, whole: its reports, in order. */
  | { kind: "utterance" }
  /** The node an utterance or one of its reports names by id under `key` (its speaker, a report's article). */
  | { kind: "reportNode"; key: ReportNodeKey };

/** The declaration of what `field` reads, if it has one. */
export function readsOf(field: GraphQLField<unknown, unknown>): FieldReads | undefined {
  return field.extensions.reads as FieldReads | undefined;
}

type Resolve = (data: ResolverData<GraphQLContext>) => unknown;

/** A parameter decorator giving the resolver what `reads` declares, and recording it on the field. */
function declare(reads: FieldReads, resolve: Resolve): ParameterDecorator {
  const parameter = createParameterDecorator<GraphQLContext>(resolve);
  return (prototype, method, index) => {
    Extensions({ reads })(prototype, method);
    parameter(prototype, method, index);
  };
}

const idOf = (root: unknown): string => (root as { id: string }).id;

/** The neighbours of the field's node through `hop`, batched per request or prefetched. */
export function Neighbours(hop: Hop): ParameterDecorator {
  return declare({ kind: "hop", hop }, ({ root, context }) => context.loaders.related(hop, idOf(root)));
}

/** The field's value is the node its object stands for (a whoSaid match's statement). */
export function SameNode(): PropertyDecorator & MethodDecorator {
  return Extensions({ reads: { kind: "sameNode" } satisfies FieldReads });
}

/**
 * The utterance the statement reports (null when none), batched per request or prefetched;
 * `statementOf` finds the statement's id in the field's object (default: the object is the statement).
 */
export function ReportedUtterance(statementOf: (root: unknown) => string = idOf): ParameterDecorator {
  return declare({ kind: "utterance" }, ({ root, context }) =>
    context.loaders.utteranceOfStatement.load(statementOf(root)),
  );
}

/** The node an utterance or report names under `key` (null when there is none, or it was deleted). */
export function ReportNode(key: ReportNodeKey): ParameterDecorator {
  return declare({ kind: "reportNode", key }, ({ root, context }) => {
    const id = (root as Record<ReportNodeKey, string | null>)[key];
    return id === null ? null : context.loaders.reported(REPORT_NODES[key], id);
  });
}

/** The places the field's node lies in, nearest first: Pokrovsk → Donetsk Oblast → Ukraine. */
export function ContainingPlaces(): ParameterDecorator {
  return declare({ kind: "containment" }, ({ root, context }) =>
    context.loaders.containedIn.load(idOf(root)),
  );
}

/** The entity at one end of the relationship the field's object is; it must exist. */
export function LinkEnd(end: End): ParameterDecorator {
  return declare({ kind: "linkEnd", end }, async ({ root, context }) => {
    const id = (root as Link)[end];
    const entity = await context.loaders.entity.load(id);
    if (!entity) throw new Error(`relationship end ${id} is missing`);
    return entity;
  });
}

export function asEntities(neighbours: Neighbour[]): EntityNode[] {
  return neighbours.map((neighbour) => toEntity(neighbour.node));
}

export function asStatements(neighbours: Neighbour[]): StatementNode[] {
  return neighbours.map((neighbour) => toStatement(neighbour.node));
}

export function asFigures(neighbours: Neighbour[]): FigureNode[] {
  return neighbours.map((neighbour) => toFigure(neighbour.node));
}

export function asStrikes(neighbours: Neighbour[]): StrikeLink[] {
  return neighbours.map((neighbour) => toStrike(linkOf(neighbour), neighbour.from, neighbour.to));
}

export function asRoles(neighbours: Neighbour[]): RoleLink[] {
  return neighbours.map((neighbour) => toRole(linkOf(neighbour), neighbour.from, neighbour.to));
}

function linkOf(neighbour: Neighbour): RelationshipLike {
  if (!neighbour.relationship) throw new Error(`relationship to ${neighbour.to} was not fetched`);
  return neighbour.relationship;
}

export function linkEvidence(link: { id: string; evidence: SourcedEvidence | null }): SourcedEvidence {
  if (!link.evidence) throw new Error(`relationship ${link.id} has no evidence`);
  return link.evidence;
}
