import { IsOptional, Max, Min } from "class-validator";
import { Field, Float, InputType } from "type-graphql";
import { StatementKind } from "../graph/model";
import "./enums";
import { SpeakerMentionsFilter } from "./speaker-mentions-filter.input";

@InputType({
  description: "Which new statements a statementAdded subscriber hears of; every condition must hold.",
})
export class StatementAddedFilter extends SpeakerMentionsFilter {
  @Field(() => StatementKind, { nullable: true })
  @IsOptional()
  kind?: StatementKind;

  @Field(() => Float, { nullable: true, description: "Only statements at least this confident (0 to 1)." })
  @IsOptional()
  @Min(0)
  @Max(1)
  minConfidence?: number;
}
