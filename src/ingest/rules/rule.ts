// What an attribution rule finds, and the shape every rule has: it reads the document and returns
// findings; it never changes shared state, so rules can be reordered, tested and scored one by one.
import { StatementKind } from "../../graph/model";
import type { ArticleDocument, Sentence } from "../stages/document";
import type { Quotation } from "../stages/quotations";
import type { Span } from "../text";
import { quotedShare } from "./syntax";

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

/** A content at least this much inside quotation marks is a direct quotation. */
export const DIRECT_SHARE = 0.9;

/** What one cue attributes, within its sentence: the content, the source's head token, the kind. */
export interface CueReading {
  kind: StatementKind;
  /** One span, or the parts around an attribution set inside the words ("The plan, he said, fails"). */
  content: Span | readonly Span[];
  source: number;
  confidence: number;
}

/**
 * `said that the plan "fails everyone. It must go."`: a quotation opened inside the content is said whole,
 * though the sentence the cue belongs to ends inside it.
 */
function throughQuotation(content: Span, quotations: readonly Quotation[]): Span {
  const open = quotations.find(
    (quotation) =>
      quotation.open >= content.start && quotation.open < content.end && quotation.end > content.end,
  );
  return open === undefined ? content : { start: content.start, end: open.end };
}

/**
 * A rule that reads one cue at a time in the article's body (headlines, bylines and notes aside): `read`
 * says what the word at `token` attributes, or nothing. The finding lies within the cue's sentence; a
 * content that is almost all quoted is direct (and a plain paraphrase of it a quotation).
 */
export function cueRule(
  name: string,
  read: (sentence: Sentence, token: number) => CueReading | undefined,
): AttributionRule {
  return {
    name,
    find(document) {
      const quoted = document.quotations.filter((quotation) => quotation.outer === undefined);
      const findings: Finding[] = [];
      document.sentences.forEach((sentence, index) => {
        if (sentence.headline || sentence.boilerplate) return;
        sentence.tokens.forEach((_, position) => {
          const found = read(sentence, position);
          if (found === undefined) return;
          const parts = Array.isArray(found.content) ? found.content : [found.content as Span];
          const content = [...parts.slice(0, -1), throughQuotation(parts[parts.length - 1], quoted)];
          const reading = { ...found, content };
          const direct = quotedShare(document.text, content, quoted) >= DIRECT_SHARE;
          findings.push({
            rule: name,
            kind: direct && reading.kind === StatementKind.PARAPHRASE ? StatementKind.QUOTE : reading.kind,
            direct,
            content: reading.content,
            cue: { sentence: index, token: position },
            source: { kind: "phrase", head: { sentence: index, token: reading.source } },
            sentences: { first: index, last: index },
            confidence: reading.confidence,
          });
        });
      });
      return findings;
    },
  };
}
