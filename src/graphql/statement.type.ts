import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { StatementKind } from "../graph/model";
import { DateScalar } from "./date.scalar";
import { Entity } from "./entity.interface";
import "./enums";
import { Figure } from "./figure.type";
import { Provenance } from "./provenance.type";

@ObjectType({
  simpleResolvers: true,
  description: "Something an entity said, claimed, reported, confirmed or decided.",
})
export class Statement {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Verbatim for QUOTE; a faithful paraphrase otherwise." })
  text!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field(() => DateScalar, { nullable: true, description: "When it was said, when the source gives it." })
  saidOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The source\'s word on it: "could not verify", "falsely claiming"…',
  })
  verification!: string | null;

  @Field(() => Entity, { description: "Who said it (SAID)." })
  speaker!: Entity;

  @Field(() => [Entity], { description: "Who relayed it, nearest the source first (VIA)." })
  via!: Entity[];

  @Field(() => [Entity], { description: "Entities it names or is about (MENTIONS)." })
  mentions!: Entity[];

  @Field(() => [Statement], { description: "Statements this one rejects or corrects." })
  disputes!: Statement[];

  @Field(() => [Statement], { description: "Statements that reject or correct this one." })
  disputedBy!: Statement[];

  @Field(() => [Statement])
  confirms!: Statement[];

  @Field(() => [Statement])
  confirmedBy!: Statement[];

  @Field(() => [Figure])
  figures!: Figure[];

  @Field(() => Provenance)
  evidence!: Provenance;

  @Field(() => String, {
    description:
      "The statement as schema.org JSON-LD, the document GET /statements/{id}.jsonld serves: a Claim (text, " +
      "author, appearance, firstAppearance, dateCreated) and a ClaimReview for each statement that disputes " +
      "(rating 1, Disputed) or confirms it (rating 5, Confirmed). A string, to embed as it is in a " +
      '<script type="application/ld+json"> element.',
  })
  claimJsonLd!: string;

  @Field(() => String, { description: "curated, or extracted by the ingestion rules." })
  origin!: string;

  @Field(() => Float)
  confidence!: number;

  @Field(() => Boolean, {
    description: "An extraction under the review threshold, waiting for a maintainer.",
  })
  needsReview!: boolean;

  @Field(() => Int, {
    description: "1 when written, one more with every change: pass it as expectedVersion to an update.",
  })
  version!: number;
}
