import { ArrayMaxSize, IsOptional, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ChangeKind, ID_PATTERN } from "../graph/model";
import "./enums";

@InputType({ description: "Narrows the change feed; every given condition must hold." })
export class ChangeFilter {
  @Field(() => [ChangeKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: ChangeKind[];

  @Field(() => ID, { nullable: true, description: "Changes concerning this entity." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "entity must be an entity id such as person/volodymyr-zelensky" })
  entity?: string;

  @Field(() => ID, {
    nullable: true,
    description: "Changes of this statement, entity, relationship or article.",
  })
  @IsOptional()
  @MaxLength(1000)
  subject?: string;

  @Field(() => ID, { nullable: true, description: "Changes from this article." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "article must be an article id" })
  article?: string;
}
