import { Field, Float, ID, Int, InterfaceType } from "type-graphql";
import type { EntityNode } from "../graph/nodes";
import { Statement } from "./statement.type";

@InterfaceType("Entity", {
  description: "A person, organization, place or facility.",
  resolveType: (entity: EntityNode) => entity.type,
})
export abstract class Entity {
  @Field(() => ID, { description: "Stable readable id, e.g. person/volodymyr-zelensky." })
  id!: string;

  @Field(() => String, { description: "Canonical full name." })
  name!: string;

  @Field(() => [String], { description: "Other names the sources use and users type." })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [Statement], { description: "What this entity said (SAID)." })
  statements!: Statement[];

  @Field(() => [Statement], { description: "Statements that mention this entity (MENTIONS)." })
  mentionedIn!: Statement[];

  @Field(() => String, { description: "curated, or extracted by the ingestion rules." })
  origin!: string;

  @Field(() => Float, { description: "1 for curated facts; the extractor's confidence otherwise." })
  confidence!: number;

  @Field(() => Int, {
    description: "1 when written, one more with every change: pass it as expectedVersion to an update.",
  })
  version!: number;
}
