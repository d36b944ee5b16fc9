// The extractor's public shapes: what goes in (text, metadata, known entities) and what comes out.
import type { EntityType } from "../graph/model";
import type { EntityRecord, RelationshipRecord, StatementRecord } from "../seed/records";

export interface ArticleInput {
  title?: string;
  /** YYYY-MM-DD: relative dates ("on Dec. 8", "last week") are read against it. */
  publishedOn: string;
  /** The publisher's name ("The Kyiv Independent"); linked to a known entity or created. */
  publisher?: string;
}

/** An entity already in the graph, for linking surface forms to existing ids. */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

/** The article record of the seed format, except that the publisher may be unknown. */
export interface ExtractedArticle {
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: string;
  url: null;
  textFile: string;
}

/** A record the extractor corrected or left out because it broke the seed's rules. */
export interface ExtractionProblem {
  record: string;
  field: string;
  message: string;
  action: "corrected" | "dropped";
}

export interface Extraction {
  article: ExtractedArticle;
  /** Entities the article introduces; entities linked to `known` are referenced by id, not repeated. */
  entities: EntityRecord[];
  statements: StatementRecord[];
  relationships: RelationshipRecord[];
  /** Records corrected or left out, with the reason; the rest of the article stands. */
  problems?: ExtractionProblem[];
}
