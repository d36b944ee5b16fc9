import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { claimJsonLdText } from "../graph/claim-jsonld";
import { incoming, outgoing } from "../graph/hops";
import { Label, RelationshipType, StructuralRelationship } from "../graph/model";
import type { EntityNode, FigureNode, SourcedEvidence, StatementNode } from "../graph/nodes";
import type { Neighbour } from "../store/related";
import { countStatements, listStatements, statementsWithNeighbours, whoSaid } from "../store/statements";
import { StatementConnection, toConnection } from "./connections";
import type { GraphQLContext } from "./context";
import { Entity } from "./entity.interface";
import { Figure } from "./figure.type";
import { asEntities, asFigures, asStatements, Neighbours, ReportedUtterance } from "./hops";
import { checkLimit, checkText } from "./limits";
import { loadOne, nodePrefetch } from "./prefetch";
import { Provenance } from "./provenance.type";
import { StatementFilter } from "./statement-filter.input";
import { StatementMatch } from "./statement-match.type";
import { Statement } from "./statement.type";
import { Utterance } from "./utterance.type";
import type { UtteranceNode } from "../graph/utterance";

const { SAID, VIA, MENTIONS, DISPUTES, CONFIRMS } = RelationshipType;

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => [StatementMatch], {
    description:
      "The statements a pasted quotation or fragment comes from, best first. Robust to case, punctuation, " +
      'curly or straight quotes, "..." elisions and a missing or extra word; returns nothing rather than a ' +
      "weak guess (score below 0.6).",
  })
  async whoSaid(
    @Arg("quote", () => String) quote: string,
    @Arg("limit", () => Int, { defaultValue: 5 }) limit: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const prefetch = nodePrefetch(ctx, info);
    const matches = await whoSaid(ctx.db, checkText("quote", quote, 2000), checkLimit(limit), prefetch);
    ctx.loaders.prime(matches.map((match) => match.neighbourhood));
    return matches;
  }

  @Query(() => Statement, { nullable: true })
  statement(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadOne(ctx, ctx.loaders.statement, id, nodePrefetch(ctx, info), (ids, prefetch) =>
      statementsWithNeighbours(ctx.db, ids, prefetch),
    );
  }

  @Query(() => StatementConnection, { description: "Statements, filtered and paged (ordered by id)." })
  async statements(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => StatementFilter, { nullable: true }) filter?: StatementFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const { db } = ctx;
    const criteria = filter ?? {};
    const prefetch = nodePrefetch(ctx, info, ["edges", "node"]);
    const page = await listStatements(db, criteria, { first, after }, prefetch);
    ctx.loaders.prime(page.neighbourhoods);
    return toConnection(page, () => countStatements(db, criteria));
  }

  @FieldResolver(() => Utterance, {
    nullable: true,
    description: "The utterance this statement reports, with every other report of the same words.",
  })
  utterance(@ReportedUtterance() utterance: UtteranceNode | null): UtteranceNode | null {
    return utterance;
  }

  @FieldResolver(() => Entity)
  speaker(
    @Root() statement: StatementNode,
    @Neighbours(incoming(SAID, Label.Entity, Label.Statement)) speakers: Neighbour[],
  ): EntityNode {
    const [speaker] = asEntities(speakers);
    if (!speaker) throw new Error(`statement ${statement.id} has no speaker`);
    return speaker;
  }

  @FieldResolver(() => [Entity])
  via(@Neighbours(outgoing(VIA, Label.Statement, Label.Entity)) relays: Neighbour[]): EntityNode[] {
    return asEntities(relays);
  }

  @FieldResolver(() => [Entity])
  mentions(@Neighbours(outgoing(MENTIONS, Label.Statement, Label.Entity)) named: Neighbour[]): EntityNode[] {
    return asEntities(named);
  }

  @FieldResolver(() => [Statement])
  disputes(
    @Neighbours(outgoing(DISPUTES, Label.Statement, Label.Statement)) disputed: Neighbour[],
  ): StatementNode[] {
    return asStatements(disputed);
  }

  @FieldResolver(() => [Statement])
  disputedBy(
    @Neighbours(incoming(DISPUTES, Label.Statement, Label.Statement)) disputing: Neighbour[],
  ): StatementNode[] {
    return asStatements(disputing);
  }

  @FieldResolver(() => [Statement])
  confirms(
    @Neighbours(outgoing(CONFIRMS, Label.Statement, Label.Statement)) confirmed: Neighbour[],
  ): StatementNode[] {
    return asStatements(confirmed);
  }

  @FieldResolver(() => [Statement])
  confirmedBy(
    @Neighbours(incoming(CONFIRMS, Label.Statement, Label.Statement)) confirming: Neighbour[],
  ): StatementNode[] {
    return asStatements(confirming);
  }

  @FieldResolver(() => [Figure])
  figures(
    @Neighbours(outgoing(StructuralRelationship.HAS_FIGURE, Label.Statement, Label.Figure))
    figures: Neighbour[],
  ): FigureNode[] {
    return asFigures(figures);
  }

  @FieldResolver(() => Provenance)
  evidence(@Root() statement: StatementNode): SourcedEvidence {
    return statement.evidence;
  }

  @FieldResolver(() => String)
  async claimJsonLd(@Root() statement: StatementNode, @Ctx() ctx: GraphQLContext): Promise<string> {
    const record = await ctx.loaders.claim.load(statement.id);
    if (!record) throw new Error(`statement ${statement.id} has no speaker`);
    return claimJsonLdText(record, ctx.publicUrl);
  }
}
