import { Field, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Figure } from "./figure.type";
import { Place } from "./place.type";
import { Strike } from "./strike.type";

@ObjectType({
  implements: Entity,
  description: "A refinery, power plant, factory, mine, building or institute.",
})
export class Facility extends Entity {
  @Field(() => String, { nullable: true, description: "REFINERY, POWER_PLANT, FACTORY, MINE…" })
  kind!: string | null;

  @Field(() => Place, { nullable: true })
  locatedIn!: Place | null;

  @Field(() => [Place], { description: "Every place it lies in, nearest first." })
  containedIn!: Place[];

  @Field(() => [Strike])
  struckBy!: Strike[];

  @Field(() => [Figure], { description: "Figures such as capacity." })
  figures!: Figure[];
}
