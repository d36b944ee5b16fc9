import { Field, ID, ObjectType } from "type-graphql";
import { RelationshipType } from "../graph/model";
import "./enums";
import { Provenance } from "./provenance.type";

@ObjectType({
  simpleResolvers: true,
  description: "A relationship a maintainer created; its id is what unlink takes.",
})
export class Link {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipType)
  type!: RelationshipType;

  @Field(() => ID, { description: "Id of the start node (an entity or a statement)." })
  from!: string;

  @Field(() => ID, { description: "Id of the end node." })
  to!: string;

  @Field(() => Provenance)
  evidence!: Provenance;
}
