import { Field, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Place } from "./place.type";
import { Role } from "./role.type";
import { Strike } from "./strike.type";

@ObjectType({
  implements: Entity,
  description: "A government, ministry, armed force, outlet, company, alliance or group.",
})
export class Organization extends Entity {
  @Field(() => String, { nullable: true, description: "MINISTRY, MEDIA_OUTLET, ALLIANCE, GROUP…" })
  kind!: string | null;

  @Field(() => Place, { nullable: true, description: "The country the organization belongs to." })
  country!: Place | null;

  @Field(() => Place, { nullable: true })
  locatedIn!: Place | null;

  @Field(() => [Role], { description: "People holding titles in it." })
  members!: Role[];

  @Field(() => [Entity], { description: "People, bodies and countries that are members of it (MEMBER_OF)." })
  memberEntities!: Entity[];

  @Field(() => [Entity], { description: "Bodies it belongs to (MEMBER_OF)." })
  memberOf!: Entity[];

  @Field(() => [Strike], { description: "Strikes it carried out." })
  strikes!: Strike[];
}
