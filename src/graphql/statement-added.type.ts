import { Field, ObjectType } from "type-graphql";
import { Statement } from "./statement.type";

@ObjectType({
  simpleResolvers: true,
  description: "A statement just committed, and where to resume after it.",
})
export class StatementAdded {
  @Field(() => Statement)
  statement!: Statement;

  @Field(() => String, {
    description: "Pass as statementAdded's `after` to resume after this statement (after a disconnect).",
  })
  cursor!: string;
}
