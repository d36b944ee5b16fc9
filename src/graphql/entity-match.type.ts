import { Field, Float, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";

@ObjectType({
  simpleResolvers: true,
  description: "An entity a typed name refers to; score 1 is an exact name or alias.",
})
export class EntityMatch {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Float)
  score!: number;
}
