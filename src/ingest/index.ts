// The rule-based extractor's public surface: run it on an article's annotations, score it against curated records.
export { extractFromAnnotation, articleSlugFor } from "./extract";
export { createExtractor, inProcessExtractor, type Extractor, type ExtractionRequest } from "./extractor";
export { evaluateExtraction } from "./evaluate";
export type { Evaluation, GoldArticle, GoldEntity, GoldRelationship, GoldStatement, Score } from "./evaluate";
export { EXTRACTOR_VERSION, REVIEW_THRESHOLD } from "./marks";
export type { ArticleInput, ExtractedArticle, Extraction, ExtractionProblem, KnownEntity } from "./types";
