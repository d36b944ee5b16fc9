import { Field, Float, ObjectType } from "type-graphql";
import { SameNode } from "./hops";
import { Statement } from "./statement.type";

@ObjectType({
  description:
    "A statement a quotation comes from; score 1 means every word of the quotation is in it, in order.",
})
export class StatementMatch {
  @SameNode()
  @Field(() => Statement)
  statement!: Statement;

  @Field(() => Float)
  score!: number;
}
