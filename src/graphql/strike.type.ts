import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "./date.scalar";
import { Entity } from "./entity.interface";
import { Provenance } from "./provenance.type";

@ObjectType({ simpleResolvers: true, description: "An attack on a facility or place (STRUCK)." })
export class Strike {
  @Field(() => Entity)
  attacker!: Entity;

  @Field(() => Entity, { description: "A Facility or a Place." })
  target!: Entity;

  @Field(() => DateScalar, { nullable: true })
  on!: string | null;

  @Field(() => String, { nullable: true, description: "drones, missiles, FPV drones…" })
  means!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What came of it, when the source says ("intercepted").',
  })
  outcome!: string | null;

  @Field(() => Provenance)
  evidence!: Provenance;
}
