import { IsNotEmpty, IsOptional, IsUrl, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ID_PATTERN } from "../graph/model";
import { MAX_ARTICLE_CHARACTERS } from "../ingest/text-admission";
import { DateScalar } from "./date.scalar";

@InputType({ description: "A new article with its full text (fixed once written: excerpts point into it)." })
export class CreateArticleInput {
  @Field(() => ID, { nullable: true, description: "Defaults to article/<slug of the title>-<publishedOn>." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "id must look like article/kyiv-independent-2025-01-24" })
  id?: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @Field(() => ID, { description: "Organization id of the publisher." })
  @Matches(ID_PATTERN, { message: "publisher must be an organization id" })
  publisher!: string;

  @Field(() => DateScalar)
  publishedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(2000)
  url?: string;

  @Field(() => String, { description: "Plain text, under the same rules as ingestArticle's." })
  @IsNotEmpty()
  @MaxLength(MAX_ARTICLE_CHARACTERS)
  text!: string;
}

@InputType({ description: "Changes to an article's metadata; the text cannot change." })
export class UpdateArticleInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "publisher must be an organization id" })
  publisher?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  publishedOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(2000)
  url?: string;
}
