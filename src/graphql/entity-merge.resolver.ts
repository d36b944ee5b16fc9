// Entities across articles: likely duplicates, merging two into one (behind the API key, with an audit
// record), and undoing a merge.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { DuplicatePair } from "../graph/duplicates";
import { EntityType } from "../graph/model";
import { InputError } from "../errors";
import { mergeEntities, unmergeEntity } from "../store/entity-merges";
import { duplicateCandidates } from "../store/duplicates";
import { toConnection } from "./connections";
import type { GraphQLContext } from "./context";
import { DuplicateCandidate, DuplicateCandidateConnection } from "./duplicate-candidate.type";
import { EntityMerge } from "./entity-merge.type";
import { Entity } from "./entity.interface";
import "./enums";
import { IDEMPOTENCY_KEY_ARG, once } from "./idempotency-key";
import { checkText } from "./limits";

const BY_ARG = {
  nullable: true,
  description: "Who merges, for the audit record; the API key's identity when left out.",
} as const;

/** The audit record's `by`: the name given, or the key's identity. */
function byOf(by: string | undefined, ctx: GraphQLContext): string {
  if (by != null) return checkText("by", by, 200);
  return ctx.caller ?? "api-key";
}

@Resolver(() => DuplicateCandidate)
export class EntityMergeResolver {
  @Query(() => DuplicateCandidateConnection, {
    description:
      "Entities of a type that are likely one, best first, each with the reason and a score (one read of " +
      "the type's entities per page).",
  })
  async duplicateCandidates(
    @Arg("type", () => EntityType) type: EntityType,
    @Ctx() { db }: GraphQLContext,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const page = await duplicateCandidates(db, type, { first, after });
    return toConnection(page, async () => {
      throw new InputError("totalCount", "duplicateCandidates are not counted: page through them");
    });
  }

  @FieldResolver(() => Entity)
  keep(@Root() pair: DuplicatePair, @Ctx() { loaders }: GraphQLContext) {
    return loaders.entity.load(pair.keep.id);
  }

  @FieldResolver(() => Entity)
  merge(@Root() pair: DuplicatePair, @Ctx() { loaders }: GraphQLContext) {
    return loaders.entity.load(pair.merge.id);
  }

  @Authorized()
  @Mutation(() => EntityMerge, {
    description:
      "Merges `merge` into `keep` in one transaction: every relationship and alias moves, and an audit " +
      "record says who, when and why. Refused for entities of two types, two people who held different " +
      "roles at once, an entity and itself, entities linked to each other, and unknown ids.",
  })
  mergeEntities(
    @Arg("keep", () => ID) keep: string,
    @Arg("merge", () => ID) merge: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("by", () => String, BY_ARG) by?: string,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    const request = { keep, merge, reason: checkText("reason", reason, 1000), by: byOf(by, ctx) };
    return once(ctx.db, "mergeEntities", idempotencyKey, request, (db) => mergeEntities(db, request));
  }

  @Authorized()
  @Mutation(() => EntityMerge, {
    description:
      "Undoes the merge of entity `id` exactly; refused (CONFLICT) when the kept entity changed since.",
  })
  unmergeEntity(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("by", () => String, BY_ARG) by?: string,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    const who = byOf(by, ctx);
    return once(ctx.db, "unmergeEntity", idempotencyKey, { id, by: who }, (db) => unmergeEntity(db, id, who));
  }
}
