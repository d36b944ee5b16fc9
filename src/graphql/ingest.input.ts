import { IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { MAX_ARTICLE_CHARACTERS } from "../ingest/text-admission";
import { DateScalar } from "./date.scalar";

@InputType({ description: "A new article's plain text, for the rule-based extractor." })
export class IngestArticleInput {
  @Field(() => String, {
    description:
      `Plain text of at most ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters, mostly letters, ` +
      "without control characters other than newlines and tabs.",
  })
  @IsNotEmpty()
  @MaxLength(MAX_ARTICLE_CHARACTERS)
  text!: string;

  @Field(() => String, { nullable: true, description: "Defaults to the text's first line." })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @Field(() => DateScalar, {
    description: 'Relative dates in the text ("on Dec. 8", "last week") are read against it.',
  })
  publishedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: "The publisher's name, linked to a known organization or created.",
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(300)
  publisher?: string;
}
