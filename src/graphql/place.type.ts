import { Field, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Strike } from "./strike.type";

@ObjectType({
  implements: Entity,
  description: "A country, oblast, city, town, village, front-line axis or region.",
})
export class Place extends Entity {
  @Field(() => String, { nullable: true, description: "COUNTRY, OBLAST, CITY, TOWN, FRONT_LINE_AXIS…" })
  kind!: string | null;

  @Field(() => Place, { nullable: true, description: "The place it lies directly in." })
  locatedIn!: Place | null;

  @Field(() => [Place], {
    description: "Every place it lies in, nearest first: Pokrovsk → Donetsk Oblast → Ukraine.",
  })
  containedIn!: Place[];

  @Field(() => [Entity], { description: "Places, facilities and organizations located directly in it." })
  contains!: Entity[];

  @Field(() => [Strike], { description: "Strikes on this place itself." })
  struckBy!: Strike[];

  @Field(() => [Strike], {
    description: "Strikes carried out by this place's forces when the source names only the country.",
  })
  strikes!: Strike[];
}
