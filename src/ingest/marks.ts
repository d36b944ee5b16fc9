// The marks every extracted record carries, and the one place that says how sure each rule is.
import { Origin } from "../graph/model";

/** Bumped whenever a rule changes what is extracted, so extracted facts can be traced to the rules that made them. */
export const EXTRACTOR_VERSION = "newsgraph-rules/2.8.0";

/**
 * Records below this confidence are marked `needsReview`. 0.6 separates the rules that read an explicit
 * cue (a name next to "said", a possessive, "the city of") from those that guess (a pronoun resolved two
 * sentences back, "near", a quotation with no attribution at all).
 */
export const REVIEW_THRESHOLD = 0.6;

export interface ExtractionMarksOf {
  origin: Origin;
  confidence: number;
  extractorVersion: string;
  needsReview: boolean;
}

export function extractionMarks(confidence: number): ExtractionMarksOf {
  const rounded = Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
  return {
    origin: Origin.EXTRACTED,
    confidence: rounded,
    extractorVersion: EXTRACTOR_VERSION,
    needsReview: rounded < REVIEW_THRESHOLD,
  };
}

/** How sure each rule is; tuned so that only guesses fall under REVIEW_THRESHOLD. */
export const CONFIDENCE = {
  /** A name written out in full beside the speech verb: "Milena Sarkova said". */
  namedSpeaker: 0.9,
  /** An organisation or a surname linked back to a full name. */
  linkedSpeaker: 0.85,
  /** "he said" resolved to the previous speaker. */
  pronounSpeaker: 0.75,
  /** "the spokesperson said" resolved to the previous compatible speaker. */
  descriptorSpeaker: 0.7,
  /** A speaker the article describes but does not name: "officials said", "a resident told …", "the police said". */
  unnamedSpeaker: 0.6,
  /** A quotation with no attribution right after an attributed one. */
  inheritedQuote: 0.65,
  /** A quotation with no attribution at all, given to the last speaker. */
  guessedSpeaker: 0.35,
  /** A headline quotation that the body does not repeat. */
  headlineQuote: 0.5,
  /** A statement implied by a noun phrase: "Russia's demand to ...". */
  impliedStatement: 0.55,
  /** A name found by its shape and context only. */
  entityByShape: 0.55,
  /** A name with an explicit cue: a title, a head word, a gazetteer entry. */
  entityByCue: 0.85,
  /** A relationship stated by grammar: "X struck Y", "Y in Z", "Z's Y". */
  statedRelationship: 0.8,
  /** A relationship read from weaker grammar: "Y near Z", a facility named after a place. */
  inferredRelationship: 0.5,
} as const;
