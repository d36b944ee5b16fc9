import { IsEnum, IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ID_PATTERN, RelationshipType } from "../graph/model";
import { DateScalar } from "./date.scalar";
import "./enums";
import { LinkEvidenceInput } from "./evidence.input";

@InputType({ description: "A relationship between two existing nodes, with the words that support it." })
export class LinkInput {
  @Field(() => RelationshipType)
  @IsEnum(RelationshipType)
  type!: RelationshipType;

  @Field(() => ID)
  @Matches(ID_PATTERN, { message: "from must be an entity or statement id" })
  from!: string;

  @Field(() => ID)
  @Matches(ID_PATTERN, { message: "to must be an entity or statement id" })
  to!: string;

  @Field(() => LinkEvidenceInput)
  @ValidateNested()
  evidence!: LinkEvidenceInput;

  @Field(() => DateScalar, { nullable: true, description: "STRUCK: the day of the strike." })
  @IsOptional()
  on?: string;

  @Field(() => String, { nullable: true, description: "STRUCK: drones, missiles…" })
  @IsOptional()
  @MaxLength(200)
  means?: string;

  @Field(() => String, { nullable: true, description: "STRUCK: what came of it." })
  @IsOptional()
  @MaxLength(200)
  outcome?: string;

  @Field(() => String, { nullable: true, description: "HOLDS_ROLE: the title held." })
  @IsOptional()
  @MaxLength(300)
  title?: string;

  @Field(() => DateScalar, { nullable: true, description: "HOLDS_ROLE: since when." })
  @IsOptional()
  since?: string;

  @Field(() => DateScalar, { nullable: true, description: "HOLDS_ROLE: until when." })
  @IsOptional()
  until?: string;
}
