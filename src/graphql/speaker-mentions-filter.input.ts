// The two conditions every statement filter starts with: who said it, and whom it mentions.
import { IsOptional, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ID_PATTERN } from "../graph/model";

/** Not used as an input of its own (so not in the schema): the filters that extend it inherit its fields. */
@InputType()
export class SpeakerMentionsFilter {
  @Field(() => ID, { nullable: true, description: "Entity id of the speaker." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "speaker must be an entity id such as person/volodymyr-zelensky" })
  speaker?: string;

  @Field(() => ID, { nullable: true, description: "Entity id the statements mention." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "mentions must be an entity id such as place/ukraine" })
  mentions?: string;
}
