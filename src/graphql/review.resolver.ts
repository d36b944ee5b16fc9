// Ingestion and the review of what it extracted: maintainers' operations, behind the API key.
import { NlpServerError } from "../nlp/corenlp-client";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { InputError } from "../errors";
import { Origin } from "../graph/model";
import { ingestArticle } from "../ingest/ingest-article";
import { updateEntity } from "../store/entity-writes";
import {
  acceptExtraction,
  correctableKind,
  countReviewQueue,
  linkById,
  rejectExtraction,
  reviewQueue,
  type ReviewEntry,
} from "../store/review";
import { updateStatement } from "../store/statement-writes";
import { connectionTypes } from "./connection.type";
import { toConnection } from "./connections";
import type { GraphQLContext } from "./context";
import { CorrectionInput } from "./correction.input";
import { Entity } from "./entity.interface";
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
      "extractions (origin extracted, with confidence); ingesting the same text twice changes nothing.",
  })
  async ingestArticle(
    @Arg("input", () => IngestArticleInput) input: IngestArticleInput,
    @Ctx() { db, loaders, extractor }: GraphQLContext,
    @Arg("dryRun", () => Boolean, { defaultValue: false }) dryRun: boolean,
  ) {
    if (extractor === undefined) throw new NlpServerError("this server runs without an NLP server");
    const { summary } = await ingestArticle(db, extractor, input.text, input, { dryRun });
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
  async acceptExtraction(@Arg("id", () => ID) id: string, @Ctx() { db }: GraphQLContext) {
    await acceptExtraction(db, id);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Deletes an extraction and remembers it, so re-ingesting does not bring it back.",
  })
  async rejectExtraction(@Arg("id", () => ID) id: string, @Ctx() { db }: GraphQLContext) {
    await rejectExtraction(db, id);
    return true;
  }

  @Authorized()
  @Mutation(() => ReviewItem, {
    description: "Corrects an extracted statement or entity; a corrected fact becomes curated.",
  })
  async correctExtraction(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => CorrectionInput) input: CorrectionInput,
    @Ctx() { db, loaders }: GraphQLContext,
  ): Promise<ReviewEntry> {
    const kind = correctableKind(id);
    const current = kind === "Statement" ? await loaders.statement.load(id) : await loaders.entity.load(id);
    if (!current || current.origin !== Origin.EXTRACTED) {
      throw new InputError(
        "id",
        `${id} is not an extraction (curated facts are changed with updateStatement/updateEntity)`,
      );
    }
    if (kind === "Statement") {
      await updateStatement(db, id, {
        speaker: input.speaker,
        kind: input.kind,
        text: input.text,
        saidOn: input.saidOn,
      });
    } else {
      await updateEntity(db, id, { name: input.name, aliases: input.aliases });
    }
    return { id, kind, confidence: 1 };
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
