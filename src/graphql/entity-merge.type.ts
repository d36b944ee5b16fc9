import { Field, ID, Int, ObjectType } from "type-graphql";
import { EntityType } from "../graph/model";
import "./enums";

@ObjectType({
  simpleResolvers: true,
  description: "The audit record of a mergeEntities: who merged which entity into which, when and why.",
})
export class EntityMerge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: "The entity kept; the merged id resolves to it." })
  keep!: string;

  @Field(() => ID, { description: "The entity merged into it (what unmergeEntity takes)." })
  merged!: string;

  @Field(() => EntityType)
  type!: EntityType;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { description: "The `by` given, or the API key's identity (api-key:<digest>)." })
  by!: string;

  @Field(() => String, { description: "When, as an ISO date-time." })
  at!: string;

  @Field(() => Int, { description: "How many relationships moved to the kept entity." })
  moved!: number;

  @Field(() => String, { nullable: true, description: "When unmergeEntity undid it." })
  undoneAt!: string | null;

  @Field(() => String, { nullable: true })
  undoneBy!: string | null;
}
