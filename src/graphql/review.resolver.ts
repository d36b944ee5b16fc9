// Ingestion and the review of what it extracted: maintainers' operations, behind the API key.
import { NlpServerError } from "../nlp/corenlp-client";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { ingestArticle } from "../store/ingestion";
import {
  acceptExtraction,
  correctExtraction,
  countReviewQueue,
  linkById,
  rejectExtraction,
  reviewQueue,
  type ReviewEntry,
} from "../store/review";
import { connectionTypes } from "./connection.type";
import { toConnection } from "./connections";
import type { GraphQLContext } from "./context";
import { CorrectionInput } from "./correction.input";
import { Entity } from "./entity.interface";
import { EXPECTED_VERSION_ARG, IDEMPOTENCY_KEY_ARG, once } from "./idempotency-key";
import { IngestArticleInput } from "./ingest.input";
import { IngestResult } from "./ingest-result.type";
import { Link } from "./link.type";
import { ReviewItem } from "./review-item.type";
import { Statement } from "./statement.type";

const ReviewItemConnection = connectionTypes(ReviewItem, "ReviewItem").Connection;

@Resolver(() => ReviewItem)
export class ReviewResolver {
  @Authorized()
  @Mutation(() => IngestResult, {
    description:
      "Extracts who said what, entities, strikes and places from an article's text and stores them as " +
      "extractions (origin extracted, with confidence). Ingesting a text that is stored already changes " +
      "nothing (unchanged: true); after the extractor changed, its unreviewed extractions are replaced.",
  })
  async ingestArticle(
    @Arg("input", () => IngestArticleInput) input: IngestArticleInput,
    @Ctx() { db, loaders, extractor }: GraphQLContext,
    @Arg("dryRun", () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    if (extractor === undefined) throw new NlpServerError("this server runs without an NLP server");
    // Extraction takes seconds: the reads around it are each bounded, not by the request's read budget.
    const { summary } = await once(
      db.withoutRequestDeadline(),
      "ingestArticle",
      idempotencyKey,
      { input, dryRun },
      (db) => ingestArticle(db, extractor, input.text, input, { dryRun }),
    );
    db.restartReadBudget();
    return { ...summary, article: dryRun ? null : await loaders.article.load(summary.articleId) };
  }

  @Authorized()
  @Query(() => ReviewItemConnection, {
    description: "Extractions under the confidence threshold, waiting for review.",
  })
  async reviewQueue(
    @Ctx() { db }: GraphQLContext,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const page = await reviewQueue(db, { first, after });
    return toConnection(page, () => countReviewQueue(db));
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Keeps an extraction; it stays marked extracted but leaves the queue.",
  })
  acceptExtraction(
    @Arg("id", () => ID) id: string,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "acceptExtraction", idempotencyKey, { id }, (db) => acceptExtraction(db, id));
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Deletes an extraction and remembers it, so re-ingesting does not bring it back.",
  })
  rejectExtraction(
    @Arg("id", () => ID) id: string,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "rejectExtraction", idempotencyKey, { id }, (db) => rejectExtraction(db, id));
  }

  @Authorized()
  @Mutation(() => ReviewItem, {
    description: "Corrects an extracted statement or entity; a corrected fact becomes curated.",
  })
  correctExtraction(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => CorrectionInput) input: CorrectionInput,
    @Ctx() { db }: GraphQLContext,
    @Arg("expectedVersion", () => Int, EXPECTED_VERSION_ARG) expectedVersion?: number,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ): Promise<ReviewEntry> {
    return once(db, "correctExtraction", idempotencyKey, { id, input, expectedVersion }, (db) =>
      correctExtraction(db, id, input, expectedVersion),
    );
  }

  @FieldResolver(() => Statement, { nullable: true })
  statement(@Root() item: ReviewEntry, @Ctx() { loaders }: GraphQLContext) {
    return item.kind === "Statement" ? loaders.statement.load(item.id) : null;
  }

  @FieldResolver(() => Entity, { nullable: true })
  entity(@Root() item: ReviewEntry, @Ctx() { loaders }: GraphQLContext) {
    return item.kind === "Entity" ? loaders.entity.load(item.id) : null;
  }

  @FieldResolver(() => Link, { nullable: true })
  link(@Root() item: ReviewEntry, @Ctx() { db }: GraphQLContext) {
    return item.kind === "Statement" || item.kind === "Entity" ? null : linkById(db, item.id);
  }
}
