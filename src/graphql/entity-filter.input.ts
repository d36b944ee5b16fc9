import { IsOptional, MaxLength, MinLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { EntityType } from "../graph/model";
import "./enums";

@InputType({ description: "Narrows the entities query." })
export class EntityFilter {
  @Field(() => EntityType, { nullable: true })
  @IsOptional()
  type?: EntityType;

  @Field(() => String, { nullable: true, description: "Part of the name or of an alias, any case." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true, description: "Place, organization or facility kind, e.g. CITY." })
  @IsOptional()
  @MaxLength(50)
  kind?: string;
}
