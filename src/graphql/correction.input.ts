import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ID_PATTERN, StatementKind } from "../graph/model";
import { DateScalar } from "./date.scalar";
import "./enums";

@InputType({
  description:
    "A maintainer's correction of an extracted statement (speaker, kind, text, date) or entity (name, aliases).",
})
export class CorrectionInput {
  @Field(() => ID, { nullable: true, description: "Statements: the right speaker." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "speaker must be an entity id" })
  speaker?: string;

  @Field(() => StatementKind, { nullable: true })
  @IsOptional()
  @IsEnum(StatementKind)
  kind?: StatementKind;

  @Field(() => String, { nullable: true, description: "Statements: the text." })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(5000)
  text?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  saidOn?: string;

  @Field(() => String, { nullable: true, description: "Entities: the canonical name." })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @Field(() => [String], { nullable: true, description: "Entities: every alias." })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  aliases?: string[];
}
