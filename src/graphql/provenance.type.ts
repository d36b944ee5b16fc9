import { Field, Int, ObjectType } from "type-graphql";
import { Article } from "./article.type";

@ObjectType({
  simpleResolvers: true,
  description: "Where a fact comes from: the article and the exact words that support it.",
})
export class Provenance {
  @Field(() => Article)
  article!: Article;

  @Field(() => String, { description: "The supporting words: article.text.slice(start, end)." })
  excerpt!: string;

  @Field(() => Int, { description: "Index of the excerpt's first character (JavaScript string index)." })
  start!: number;

  @Field(() => Int, { description: "Index one past the excerpt's last character." })
  end!: number;
}
