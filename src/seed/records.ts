// The seed format (seed/README.md) as class-validator classes: one class per record kind.
// The same records carry extracted facts (src/ingest), marked by origin, confidence and needsReview.
import "reflect-metadata";
import { Type } from "class-transformer";
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { PARTIAL_DATE } from "../graph/dates";
import {
  EntityType,
  ID_PATTERN,
  LISTED_RELATIONSHIPS,
  Origin,
  StatementKind,
  type ListedRelationshipType,
} from "../graph/model";

const DATE_MESSAGE = "$property must be a date written YYYY, YYYY-MM or YYYY-MM-DD";
const ID_MESSAGE = "$property must be an id like person/volodymyr-zelensky (lower-case slug after a type prefix)";

export class EvidenceRecord {
  @IsInt()
  @Min(0)
  start!: number;

  @IsInt()
  @Min(1)
  end!: number;

  @IsString()
  @IsNotEmpty()
  excerpt!: string;
}

export class FigureRecord {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  unit!: string;
}

/** Marks on a fact that the ingestion rules extracted rather than a person curated. */
export class ExtractionMarks {
  @IsOptional()
  @IsEnum(Origin)
  origin?: Origin;

  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  confidence?: number;

  @IsOptional()
  @IsString()
  extractorVersion?: string;

  @IsOptional()
  @IsBoolean()
  needsReview?: boolean;
}

export class EntityRecord extends ExtractionMarks {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @IsEnum(EntityType)
  type!: EntityType;

  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @ArrayUnique()
  aliases!: string[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  /** PlaceKind, OrganizationKind or FacilityKind, checked against `type` by validateSeed. */
  @IsOptional()
  @IsString()
  kind?: string | null;

  /** Organizations: the country (a Place id). */
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  country?: string | null;

  /** Anonymous sources ("an SBU source"): their own entity, scoped to one article. */
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  /** An ambiguous name's entity: the known entities it may be, for a reviewer (mergeEntities) to pick. */
  @IsOptional()
  @IsArray()
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  candidates?: string[];

  /** An ambiguous name's entity: the words its article writes before it ("secretary", "mrs"), lower-case. */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  titles?: string[];

  /** An ambiguous name's entity whose candidates are people its article names: prominence can't pick one. */
  @IsOptional()
  @IsBoolean()
  candidatesInArticle?: boolean;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FigureRecord)
  figures?: FigureRecord[];
}

export class StatementRecord extends ExtractionMarks {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  speaker!: string;

  /**
   * The office the article writes before the speaker's name, lower-case ("secretary of state"): kept
   * on the SAID relationship, as evidence that tells namesakes apart ("President Obama").
   */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  speakerTitle?: string;

  @IsEnum(StatementKind)
  kind!: StatementKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  text!: string;

  @IsOptional()
  @Matches(PARTIAL_DATE, { message: DATE_MESSAGE })
  saidOn?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  verification?: string | null;

  @IsArray()
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  via!: string[];

  @IsArray()
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  @ArrayUnique()
  mentions!: string[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FigureRecord)
  figures?: FigureRecord[];

  @ValidateNested()
  @Type(() => EvidenceRecord)
  evidence!: EvidenceRecord;
}

export class RelationshipRecord extends ExtractionMarks {
  @IsIn(LISTED_RELATIONSHIPS)
  type!: ListedRelationshipType;

  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  from!: string;

  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  to!: string;

  /** STRUCK: the day of the strike. */
  @IsOptional()
  @Matches(PARTIAL_DATE, { message: DATE_MESSAGE })
  on?: string | null;

  /** STRUCK: drones, missiles… */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  means?: string | null;

  /** STRUCK: what came of it ("intercepted (Russian claim)"). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  outcome?: string | null;

  /** HOLDS_ROLE: the title held. */
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string | null;

  @IsOptional()
  @Matches(PARTIAL_DATE, { message: DATE_MESSAGE })
  since?: string | null;

  @IsOptional()
  @Matches(PARTIAL_DATE, { message: DATE_MESSAGE })
  until?: string | null;

  @ValidateNested()
  @Type(() => EvidenceRecord)
  evidence!: EvidenceRecord;
}

export class ArticleMetaRecord {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  /** The publisher's Organization id. */
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  publisher!: string;

  @Matches(PARTIAL_DATE, { message: DATE_MESSAGE })
  publishedOn!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string | null;

  /** The source text's file name, beside the article's JSON. */
  @IsString()
  @Matches(/^[\w.-]+\.txt$/, { message: "$property must be a .txt file name in the same folder" })
  textFile!: string;
}

export class ArticleFileRecord {
  @ValidateNested()
  @Type(() => ArticleMetaRecord)
  article!: ArticleMetaRecord;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => StatementRecord)
  statements!: StatementRecord[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RelationshipRecord)
  relationships!: RelationshipRecord[];
}

export class EntitiesFileRecord {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EntityRecord)
  entities!: EntityRecord[];
}
