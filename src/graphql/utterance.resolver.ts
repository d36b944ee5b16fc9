// Utterances: looked up by id or from a statement, split and joined by maintainers.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { EntityNode } from "../graph/nodes";
import type { UtteranceNode } from "../graph/utterance";
import { joinUtterances, splitStatement } from "../store/utterances";
import type { GraphQLContext } from "./context";
import { Entity } from "./entity.interface";
import { ReportNode } from "./hops";
import { IDEMPOTENCY_KEY_ARG, once } from "./idempotency-key";
import { Utterance } from "./utterance.type";

@Resolver(() => Utterance)
export class UtteranceResolver {
  @Query(() => Utterance, { nullable: true })
  utterance(@Arg("id", () => ID) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.utterance.load(id);
  }

  @Authorized()
  @Mutation(() => Utterance, {
    description:
      "Takes a statement out of its utterance into one of its own, for good: grouping never moves it " +
      "again. BAD_USER_INPUT (field statement) for an unknown statement.",
  })
  splitStatement(
    @Arg("statement", () => ID) statement: string,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "splitStatement", idempotencyKey, { statement }, (db) => splitStatement(db, statement));
  }

  @Authorized()
  @Mutation(() => Utterance, {
    description:
      "Moves every statement of utterance `merge` into utterance `keep` and deletes `merge`. BAD_USER_INPUT " +
      "(field keep or merge) for an unknown utterance, the same one twice, or two different speakers.",
  })
  joinUtterances(
    @Arg("keep", () => ID) keep: string,
    @Arg("merge", () => ID) merge: string,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "joinUtterances", idempotencyKey, { keep, merge }, (db) =>
      joinUtterances(db, keep, merge),
    );
  }

  @FieldResolver(() => Entity)
  speaker(@Root() utterance: UtteranceNode, @ReportNode("speakerId") speaker: EntityNode | null): EntityNode {
    if (!speaker) throw new Error(`utterance ${utterance.id} has no speaker`);
    return speaker;
  }

  @FieldResolver(() => Int)
  reportCount(@Root() utterance: UtteranceNode): number {
    return utterance.reports.length;
  }

  @FieldResolver(() => Int)
  outletCount(@Root() utterance: UtteranceNode): number {
    return new Set(utterance.reports.map((report) => report.outlet ?? report.articleId)).size;
  }
}
