import { ArrayMaxSize, IsBoolean, IsEnum, IsNotEmpty, IsOptional, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { EntityType, ID_PATTERN } from "../graph/model";
import "./enums";

@InputType({ description: "The fields of an entity a maintainer may set." })
export class EntityFieldsInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  aliases?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => String, {
    nullable: true,
    description: "A kind of the entity's type: CITY, MINISTRY, REFINERY…",
  })
  @IsOptional()
  @Matches(/^[A-Z_]{2,40}$/, { message: "kind must be an upper-case kind such as CITY" })
  kind?: string;

  @Field(() => ID, { nullable: true, description: "Organizations: their country's Place id." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "country must be a place id such as place/ukraine" })
  country?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
}

@InputType({ description: "A new entity; the id defaults to <type>/<slug of the name>." })
export class CreateEntityInput extends EntityFieldsInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "id must look like person/volodymyr-zelensky" })
  id?: string;

  @Field(() => EntityType)
  @IsEnum(EntityType)
  type!: EntityType;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;
}

@InputType({ description: "Changes to an entity; fields left out keep their values." })
export class UpdateEntityInput extends EntityFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;
}
