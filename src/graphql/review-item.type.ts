import { Field, Float, ID, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Link } from "./link.type";
import { Statement } from "./statement.type";

@ObjectType({ simpleResolvers: true, description: "An extraction waiting for a maintainer's review." })
export class ReviewItem {
  @Field(() => ID, { description: "What acceptExtraction, rejectExtraction and correctExtraction take." })
  id!: string;

  @Field(() => String, { description: "Statement, Entity, or the relationship type (STRUCK, LOCATED_IN…)." })
  kind!: string;

  @Field(() => Float)
  confidence!: number;

  @Field(() => Statement, {
    nullable: true,
    description: "The statement, with its evidence, when it is one.",
  })
  statement!: Statement | null;

  @Field(() => Entity, { nullable: true })
  entity!: Entity | null;

  @Field(() => [Entity], {
    description:
      'When the entity is a name several known entities fit ("Clinton"), those it may be: merge it into ' +
      "the right one with mergeEntities. Empty otherwise.",
  })
  candidates!: Entity[];

  @Field(() => Link, { nullable: true, description: "The relationship, with its evidence, when it is one." })
  link!: Link | null;
}
