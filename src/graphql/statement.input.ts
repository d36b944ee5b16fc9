import {
  ArrayMaxSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ID_PATTERN, StatementKind } from "../graph/model";
import { DateScalar } from "./date.scalar";
import "./enums";
import { EvidenceInput } from "./evidence.input";

const ENTITY_ID = { message: "$property must hold entity ids such as person/volodymyr-zelensky" };

@InputType({ description: "What a statement may also say: when, the source's verdict, relays and mentions." })
class StatementDetailsInput {
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  saidOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  verification?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(ID_PATTERN, { each: true, ...ENTITY_ID })
  via?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(ID_PATTERN, { each: true, ...ENTITY_ID })
  mentions?: string[];
}

@InputType({ description: "Changes to a statement; fields left out keep their values." })
export class UpdateStatementInput extends StatementDetailsInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, ENTITY_ID)
  speaker?: string;

  @Field(() => StatementKind, { nullable: true })
  @IsOptional()
  @IsEnum(StatementKind)
  kind?: StatementKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(5000)
  text?: string;

  @Field(() => EvidenceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  evidence?: EvidenceInput;
}

@InputType({ description: "A new statement, with its evidence in an existing article." })
export class CreateStatementInput extends StatementDetailsInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "id must look like statement/<article>/<slug>" })
  id?: string;

  @Field(() => ID)
  @Matches(ID_PATTERN, { message: "articleId must be an article id" })
  articleId!: string;

  @Field(() => ID)
  @Matches(ID_PATTERN, ENTITY_ID)
  speaker!: string;

  @Field(() => StatementKind)
  @IsEnum(StatementKind)
  kind!: StatementKind;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(5000)
  text!: string;

  @Field(() => EvidenceInput)
  @ValidateNested()
  evidence!: EvidenceInput;
}
