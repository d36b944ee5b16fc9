import { IsInt, IsNotEmpty, Matches, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { ID_PATTERN } from "../graph/model";

@InputType({
  description: "The words that support a fact: article.text.slice(start, end) must equal excerpt.",
})
export class EvidenceInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  start!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  end!: number;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(5000)
  excerpt!: string;
}

@InputType({ description: "Evidence for a relationship: which article, and the supporting words in it." })
export class LinkEvidenceInput extends EvidenceInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, {
    message: "articleId must be an article id such as article/kyiv-independent-2025-01-24",
  })
  articleId!: string;
}
