import { Field, ID, Int, ObjectType } from "type-graphql";
import { Article } from "./article.type";

@ObjectType({ simpleResolvers: true, description: "What ingesting an article extracted and wrote." })
export class IngestResult {
  @Field(() => ID, { description: "Derived from the text: the same text always gets the same id." })
  articleId!: string;

  @Field(() => Article, { nullable: true, description: "The stored article (null for a dry run)." })
  article!: Article | null;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int, { description: "Entities the graph did not know before." })
  entitiesNew!: number;

  @Field(() => Int, { description: "Entities already in the graph that the article was linked to." })
  entitiesLinked!: number;

  @Field(() => Int)
  strikes!: number;

  @Field(() => Int, { description: "Listed relationships (STRUCK, LOCATED_IN, DISPUTES…)." })
  relationships!: number;

  @Field(() => Int, { description: "Extractions under the confidence threshold, now in the review queue." })
  needsReview!: number;

  @Field(() => Int, { description: "Extractions left out because a maintainer rejected them before." })
  rejectedBefore!: number;

  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => Boolean, {
    description:
      "The text was stored already and read by the current extractor: nothing was written (the counts " +
      "are what the article holds now).",
  })
  unchanged!: boolean;
}
