import { IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { DateScalar } from "./date.scalar";

@InputType({ description: "A new article's plain text, for the rule-based extractor." })
export class IngestArticleInput {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(500_000)
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
