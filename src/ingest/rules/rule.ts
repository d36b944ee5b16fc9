// What an attribution rule finds, and the shape every rule has: it reads the document and returns
// findings; it never changes shared state, so rules can be reordered, tested and scored one by one.
import type { StatementKind } from "../../graph/model";
import type { ArticleDocument } from "../stages/document";
import type { Span } from "../text";

/** A token of a sentence. */
export interface TokenRef {
  sentence: number;
  token: number;
}

/**
 * Who the words are attributed to: the phrase headed by a token ("Mike Pence", "he", "the ministry"), or
 * the speaker of the direct quotation just before (a quotation that goes on without a new attribution).
 */
export type SourceRef = { kind: "phrase"; head: TokenRef } | { kind: "previous-quotation" };

export interface Finding {
  /** The rule that found it (for reports and scoring rule by rule). */
  rule: string;
  kind: StatementKind;
  /** The words are quoted: the content is (almost) all inside quotation marks. */
  direct: boolean;
  /** What was said, in one or more parts (a quotation split by its attribution has two). */
  content: Span[];
  cue?: TokenRef;
  source: SourceRef;
  /** The sentences the evidence spans, first and last. */
  sentences: { first: number; last: number };
  confidence: number;
}

export interface AttributionRule {
  name: string;
  find(document: ArticleDocument): Finding[];
}
