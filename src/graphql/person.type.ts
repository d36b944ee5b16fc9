import { Field, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Role } from "./role.type";

@ObjectType({
  simpleResolvers: true,
  implements: Entity,
  description: "A person, or an anonymous source speaking for a body.",
})
export class Person extends Entity {
  @Field(() => Boolean, { description: 'An unnamed source ("an SBU source"), scoped to one article.' })
  anonymous!: boolean;

  @Field(() => [Role], { description: "Titles held, with their organization." })
  roles!: Role[];

  @Field(() => [Entity], { description: "Bodies this person belongs to without a title (MEMBER_OF)." })
  memberOf!: Entity[];
}
