// Every list field of the schema is one hop through one relationship type: named here once.
import { Label, RelationshipType, StructuralRelationship } from "../graph/model";
import {
  toEntity,
  toFigure,
  toRole,
  toStatement,
  toStrike,
  type EntityNode,
  type FigureNode,
  type RelationshipLike,
  type RoleLink,
  type StatementNode,
  type SourcedEvidence,
  type StrikeLink,
} from "../graph/nodes";
import type { Hop, Neighbour } from "../store/related";
import type { GraphQLContext } from "./context";

const { Entity, Statement, Article, Figure } = Label;
const out = (type: Hop["type"], fromLabel: Label, toLabel: Label): Hop => ({
  type,
  direction: "outgoing",
  fromLabel,
  toLabel,
});
const into = (type: Hop["type"], fromLabel: Label, toLabel: Label): Hop => ({
  type,
  direction: "incoming",
  fromLabel,
  toLabel,
});
/** A hop whose field lists the relationships (strikes, roles) rather than the nodes at their ends. */
const links = (hop: Hop): Hop => ({ ...hop, links: true });

export const HOPS = {
  speakerOf: into(RelationshipType.SAID, Entity, Statement),
  statementsOf: out(RelationshipType.SAID, Entity, Statement),
  via: out(RelationshipType.VIA, Statement, Entity),
  mentions: out(RelationshipType.MENTIONS, Statement, Entity),
  mentionedIn: into(RelationshipType.MENTIONS, Statement, Entity),
  disputes: out(RelationshipType.DISPUTES, Statement, Statement),
  disputedBy: into(RelationshipType.DISPUTES, Statement, Statement),
  confirms: out(RelationshipType.CONFIRMS, Statement, Statement),
  confirmedBy: into(RelationshipType.CONFIRMS, Statement, Statement),
  statementsOfArticle: into(StructuralRelationship.REPORTED_IN, Statement, Article),
  figures: out(StructuralRelationship.HAS_FIGURE, Entity, Figure),
  statementFigures: out(StructuralRelationship.HAS_FIGURE, Statement, Figure),
  locatedIn: out(RelationshipType.LOCATED_IN, Entity, Entity),
  contains: into(RelationshipType.LOCATED_IN, Entity, Entity),
  strikesBy: links(out(RelationshipType.STRUCK, Entity, Entity)),
  strikesOn: links(into(RelationshipType.STRUCK, Entity, Entity)),
  rolesHeld: links(out(RelationshipType.HOLDS_ROLE, Entity, Entity)),
  rolesIn: links(into(RelationshipType.HOLDS_ROLE, Entity, Entity)),
  memberOf: out(RelationshipType.MEMBER_OF, Entity, Entity),
  members: into(RelationshipType.MEMBER_OF, Entity, Entity),
} satisfies Record<string, Hop>;

export async function relatedEntities(ctx: GraphQLContext, hop: Hop, id: string): Promise<EntityNode[]> {
  return (await ctx.loaders.related(hop, id)).map((neighbour) => toEntity(neighbour.node));
}

export async function relatedStatements(ctx: GraphQLContext, hop: Hop, id: string): Promise<StatementNode[]> {
  return (await ctx.loaders.related(hop, id)).map((neighbour) => toStatement(neighbour.node));
}

export async function relatedFigures(ctx: GraphQLContext, hop: Hop, id: string): Promise<FigureNode[]> {
  return (await ctx.loaders.related(hop, id)).map((neighbour) => toFigure(neighbour.node));
}

export async function strikes(ctx: GraphQLContext, hop: Hop, id: string): Promise<StrikeLink[]> {
  return (await ctx.loaders.related(hop, id)).map((n) => toStrike(linkOf(n), n.from, n.to));
}

export async function roles(ctx: GraphQLContext, hop: Hop, id: string): Promise<RoleLink[]> {
  return (await ctx.loaders.related(hop, id)).map((n) => toRole(linkOf(n), n.from, n.to));
}

function linkOf(neighbour: Neighbour): RelationshipLike {
  if (!neighbour.relationship) throw new Error(`relationship to ${neighbour.to} was not fetched`);
  return neighbour.relationship;
}

/** The one node a single-valued field points at (a statement's speaker, a place's parent), or null. */
export async function firstEntity(ctx: GraphQLContext, hop: Hop, id: string): Promise<EntityNode | null> {
  return (await relatedEntities(ctx, hop, id))[0] ?? null;
}

/** An end of a relationship (a strike's attacker, a role's organization), which must exist. */
export async function linkEnd(ctx: GraphQLContext, id: string): Promise<EntityNode> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw new Error(`relationship end ${id} is missing`);
  return entity;
}

export function linkEvidence(link: { id: string; evidence: SourcedEvidence | null }): SourcedEvidence {
  if (!link.evidence) throw new Error(`relationship ${link.id} has no evidence`);
  return link.evidence;
}
