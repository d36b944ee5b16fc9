import { IsOptional, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ID_PATTERN } from "../graph/model";
import { DateScalar } from "./date.scalar";

@InputType({ description: "Narrows the strikes query." })
export class StrikeFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "attacker must be an entity id" })
  attacker?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "target must be an entity id" })
  target?: string;

  @Field(() => ID, {
    nullable: true,
    description: "A place: strikes on it or on anything in it, at any depth.",
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "place must be a place id such as place/russia" })
  place?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  onFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  onUntil?: string;
}
