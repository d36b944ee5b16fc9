import { ArrayMaxSize, IsOptional, Matches, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ID_PATTERN, StatementKind } from "../graph/model";
import { DateScalar } from "./date.scalar";
import "./enums";
import { SpeakerMentionsFilter } from "./speaker-mentions-filter.input";

@InputType({ description: "Narrows the statements query; every given condition must hold." })
export class StatementFilter extends SpeakerMentionsFilter {
  @Field(() => [StatementKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: StatementKind[];

  @Field(() => DateScalar, {
    nullable: true,
    description: "Said on or after (a partial date covers its period).",
  })
  @IsOptional()
  saidFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: "Said on or before." })
  @IsOptional()
  saidUntil?: string;

  @Field(() => ID, { nullable: true, description: "Article id." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "article must be an article id" })
  article?: string;

  @Field(() => String, { nullable: true, description: "Words in the statement's text or evidence." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(500)
  text?: string;
}
