import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { DuplicateReason } from "../graph/duplicates";
import { connectionTypes } from "./connection.type";
import { Entity } from "./entity.interface";

registerEnumType(DuplicateReason, {
  name: "DuplicateReason",
  description: "Why two entities are likely one (src/graph/duplicates.ts).",
});

@ObjectType({
  simpleResolvers: true,
  description: "Two entities that are likely one: mergeEntities(keep: keep.id, merge: merge.id) joins them.",
})
export class DuplicateCandidate {
  @Field(() => Entity, {
    description:
      "The one to keep: named in full rather than by one word, then the one that said more, then the longer name.",
  })
  keep!: Entity;

  @Field(() => Entity)
  merge!: Entity;

  @Field(() => DuplicateReason)
  reason!: DuplicateReason;

  @Field(() => Float, { description: "How likely the two are one, from 0.5 to 1." })
  score!: number;

  @Field(() => String, { description: "The reason in words, naming the names that matched." })
  explanation!: string;
}

export const DuplicateCandidateConnection = connectionTypes(
  DuplicateCandidate,
  "DuplicateCandidate",
).Connection;
