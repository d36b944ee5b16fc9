// The rule-based extractor's public surface: run it on an article, score it against curated records.
export { extractArticle, articleIdFor } from "./extract";
export { evaluateExtraction } from "./evaluate";
export type { Evaluation, GoldArticle, GoldEntity, GoldRelationship, GoldStatement, Score } from "./evaluate";
export { EXTRACTOR_VERSION, REVIEW_THRESHOLD } from "./marks";
export type { ArticleInput, ExtractedArticle, Extraction, KnownEntity } from "./types";
