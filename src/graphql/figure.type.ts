import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({
  description: "A number the source states, kept as a number so it can be compared.",
  simpleResolvers: true,
})
export class Figure {
  @Field(() => String, { description: "What is counted, e.g. drones intercepted." })
  name!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  unit!: string;
}
