import { Field, ID, Int, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { UtteranceReport } from "./utterance-report.type";

@ObjectType({
  simpleResolvers: true,
  description:
    "Words one speaker said once, as every statement that reports them: identical after normalising, a " +
    "fragment of another, or the same quotation with other cuts or wording (see the README).",
})
export class Utterance {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: "The fullest wording: the report with the most words, the earliest of those.",
  })
  text!: string;

  @Field(() => Entity)
  speaker!: Entity;

  @Field(() => UtteranceReport, {
    description: "Where it first appeared: the report in the earliest article (by publication date).",
  })
  firstReport!: UtteranceReport;

  @Field(() => [UtteranceReport], { description: "How it spread: every report, earliest article first." })
  reports!: UtteranceReport[];

  @Field(() => Int)
  reportCount!: number;

  @Field(() => Int, {
    description: "How many outlets reported it (articles without a publisher count as one each).",
  })
  outletCount!: number;
}
