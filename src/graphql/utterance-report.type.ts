import { Field, Float, ObjectType } from "type-graphql";
import { GroupingMethod } from "../graph/utterance-match";
import { Article } from "./article.type";
import { DateScalar } from "./date.scalar";
import "./enums";
import { Statement } from "./statement.type";

@ObjectType({
  simpleResolvers: true,
  description: "One statement that reports an utterance: where and when it appeared, and why it was grouped.",
})
export class UtteranceReport {
  @Field(() => Statement)
  statement!: Statement;

  @Field(() => Article)
  article!: Article;

  @Field(() => DateScalar, { nullable: true, description: "The article's publication date." })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: "The publisher's name, as the article gives it." })
  outlet!: string | null;

  @Field(() => GroupingMethod, { description: "Why the statement is in this utterance." })
  method!: GroupingMethod;

  @Field(() => Float, {
    nullable: true,
    description:
      "How much of the shorter wording the other holds, in order (1 = all of it); null unless matched.",
  })
  score!: number | null;

  @Field(() => Statement, { nullable: true, description: "The statement it was matched with, when matched." })
  matched!: Statement | null;

  @Field(() => String, { nullable: true, description: "When a maintainer split or joined it (ISO 8601)." })
  decidedAt!: string | null;
}
