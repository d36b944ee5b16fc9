import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "./date.scalar";
import { Entity } from "./entity.interface";
import { Provenance } from "./provenance.type";

@ObjectType({ simpleResolvers: true, description: "A title a person holds in an organization (HOLDS_ROLE)." })
export class Role {
  @Field(() => String)
  title!: string;

  @Field(() => Entity, { description: "The Person holding the title." })
  person!: Entity;

  @Field(() => Entity, { description: "The Organization the title is in." })
  organization!: Entity;

  @Field(() => DateScalar, { nullable: true })
  since!: string | null;

  @Field(() => DateScalar, { nullable: true })
  until!: string | null;

  @Field(() => Provenance, { nullable: true })
  evidence!: Provenance | null;
}
