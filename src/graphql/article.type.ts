import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar } from "./date.scalar";
import { Statement } from "./statement.type";

@ObjectType({
  simpleResolvers: true,
  description: "A source article: its full text is what every excerpt's offsets point into.",
})
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => DateScalar, { nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => Int, {
    description: "1 when written, one more with every change: pass it as expectedVersion to an update.",
  })
  version!: number;

  @Field(() => [Statement], { description: "The statements taken from this article, in reading order." })
  statements!: Statement[];
}
