import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { EntityNode, FigureNode, SourcedEvidence, StatementNode } from "../graph/nodes";
import { countStatements, listStatements, statementsByIds, whoSaid } from "../store/statements";
import { StatementConnection, toConnection } from "./connections";
import type { GraphQLContext } from "./context";
import { Entity } from "./entity.interface";
import { Figure } from "./figure.type";
import { firstEntity, HOPS, relatedEntities, relatedFigures, relatedStatements } from "./hops";
import { checkLimit, checkText } from "./limits";
import { loadOne, nodePrefetch } from "./prefetch";
import { Provenance } from "./provenance.type";
import { StatementFilter } from "./statement-filter.input";
import { StatementMatch } from "./statement-match.type";
import { Statement } from "./statement.type";

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => [StatementMatch], {
    description:
      "The statements a pasted quotation or fragment comes from, best first. Robust to case, punctuation, " +
      'curly or straight quotes, "..." elisions and a missing or extra word; returns nothing rather than a ' +
      "weak guess (score below 0.6).",
  })
  whoSaid(
    @Arg("quote", () => String) quote: string,
    @Arg("limit", () => Int, { defaultValue: 5 }) limit: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const prefetch = nodePrefetch(ctx, info, "statement", ["statement"]);
    return whoSaid(ctx.db, checkText("quote", quote, 2000), checkLimit(limit), prefetch);
  }

  @Query(() => Statement, { nullable: true })
  statement(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadOne(ctx.loaders.statement, id, nodePrefetch(ctx, info, "statement"), (ids, prefetch) =>
      statementsByIds(ctx.db, ids, prefetch),
    );
  }

  @Query(() => StatementConnection, { description: "Statements, filtered and paged (ordered by id)." })
  statements(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => StatementFilter, { nullable: true }) filter?: StatementFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const { db } = ctx;
    const criteria = filter ?? {};
    const prefetch = nodePrefetch(ctx, info, "statement", ["edges", "node"]);
    return listStatements(db, criteria, { first, after }, prefetch).then((page) =>
      toConnection(page, () => countStatements(db, criteria)),
    );
  }

  @FieldResolver(() => Entity)
  async speaker(@Root() statement: StatementNode, @Ctx() ctx: GraphQLContext): Promise<EntityNode> {
    const speaker = await firstEntity(ctx, HOPS.speakerOf, statement.id);
    if (!speaker) throw new Error(`statement ${statement.id} has no speaker`);
    return speaker;
  }

  @FieldResolver(() => [Entity])
  via(@Root() statement: StatementNode, @Ctx() ctx: GraphQLContext) {
    return relatedEntities(ctx, HOPS.via, statement.id);
  }

  @FieldResolver(() => [Entity])
  mentions(@Root() statement: StatementNode, @Ctx() ctx: GraphQLContext) {
    return relatedEntities(ctx, HOPS.mentions, statement.id);
  }

  @FieldResolver(() => [Statement])
  disputes(@Root() statement: StatementNode, @Ctx() ctx: GraphQLContext) {
    return relatedStatements(ctx, HOPS.disputes, statement.id);
  }

  @FieldResolver(() => [Statement])
  disputedBy(@Root() statement: StatementNode, @Ctx() ctx: GraphQLContext) {
    return relatedStatements(ctx, HOPS.disputedBy, statement.id);
  }

  @FieldResolver(() => [Statement])
  confirms(@Root() statement: StatementNode, @Ctx() ctx: GraphQLContext) {
    return relatedStatements(ctx, HOPS.confirms, statement.id);
  }

  @FieldResolver(() => [Statement])
  confirmedBy(@Root() statement: StatementNode, @Ctx() ctx: GraphQLContext) {
    return relatedStatements(ctx, HOPS.confirmedBy, statement.id);
  }

  @FieldResolver(() => [Figure])
  figures(@Root() statement: StatementNode, @Ctx() ctx: GraphQLContext): Promise<FigureNode[]> {
    return relatedFigures(ctx, HOPS.statementFigures, statement.id);
  }

  @FieldResolver(() => Provenance)
  evidence(@Root() statement: StatementNode): SourcedEvidence {
    return statement.evidence;
  }
}
