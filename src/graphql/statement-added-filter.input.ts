import { IsOptional, Matches, Max, Min } from "class-validator";
import { Field, Float, ID, InputType } from "type-graphql";
import { ID_PATTERN, StatementKind } from "../graph/model";
import "./enums";

@InputType({
  description: "Which new statements a statementAdded subscriber hears of; every condition must hold.",
})
export class StatementAddedFilter {
  @Field(() => ID, { nullable: true, description: "Entity id of the speaker." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "speaker must be an entity id such as person/volodymyr-zelensky" })
  speaker?: string;

  @Field(() => ID, { nullable: true, description: "Entity id the statement mentions." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "mentions must be an entity id such as place/ukraine" })
  mentions?: string;

  @Field(() => StatementKind, { nullable: true })
  @IsOptional()
  kind?: StatementKind;

  @Field(() => Float, { nullable: true, description: "Only statements at least this confident (0 to 1)." })
  @IsOptional()
  @Min(0)
  @Max(1)
  minConfidence?: number;
}
