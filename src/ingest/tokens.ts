// Word tokens of one sentence with exact offsets, the possessive "’s" split off, and compromise's tags attached.
import type { TagIndex } from "./nlp";
import type { Quotation } from "./quotes";
import type { Span } from "./text";

export interface Token extends Span {
  /** Position in its sentence's token list. */
  index: number;
  /** The word without a possessive "’s" (`end` excludes it, `fullEnd` includes it). */
  text: string;
  lower: string;
  fullEnd: number;
  possessive: boolean;
  /** Punctuation or symbol rather than a word. */
  punctuation: boolean;
  capitalized: boolean;
  /** SBU, NATO, U.S. */
  acronym: boolean;
  /** First word of a sentence, a quotation or a bullet: capitalised whatever it is. */
  sentenceInitial: boolean;
  /** The quotation whose words contain this token, if any (the innermost one). */
  quotation: Quotation | undefined;
  tags: ReadonlySet<string>;
}

const TOKEN_PATTERN =
  /(?:\p{Lu}\.){2,}(?:[’']s\b)?|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}][\p{L}\p{N}*]*(?:[-'’][\p{L}\p{N}*]+)*|\S/gu;
const CONTRACTED_WITH_S = new Set([
  "he",
  "she",
  "it",
  "that",
  "there",
  "what",
  "who",
  "here",
  "let",
  "where",
  "how",
]);
const OPENS_A_SENTENCE = new Set(['"', "\u201C", "\u2018", "'", "\u2014", "\u2013", "-", ":", "(", "•", "*"]);
const NO_TAGS: ReadonlySet<string> = new Set();

export function tokenize(
  text: string,
  span: Span,
  tags: TagIndex,
  quotations: readonly Quotation[],
): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const match of slice.matchAll(TOKEN_PATTERN)) {
    const start = span.start + (match.index ?? 0);
    const raw = match[0];
    const fullEnd = start + raw.length;
    const possessiveMatch = /^(.+)[’']s$/u.exec(raw);
    const possessive = possessiveMatch !== null && !CONTRACTED_WITH_S.has(possessiveMatch[1].toLowerCase());
    const word = possessive && possessiveMatch !== null ? possessiveMatch[1] : raw;
    const punctuation = !/[\p{L}\p{N}]/u.test(word);
    const previous = tokens[tokens.length - 1];
    const containing = quotations.filter((quote) => quote.start <= start && fullEnd <= quote.end);
    const opensQuotation = containing.some((quote) => quote.start === start);
    const sentenceInitial =
      !punctuation &&
      (previous === undefined ||
        opensQuotation ||
        (previous.punctuation && OPENS_A_SENTENCE.has(previous.text) && isFirstWordAfterOpening(tokens)));
    tokens.push({
      index: tokens.length,
      text: word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      fullEnd,
      possessive,
      punctuation,
      capitalized: /^\p{Lu}/u.test(word),
      acronym: /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]+$/u.test(word),
      sentenceInitial,
      quotation: containing.sort((a, b) => a.end - a.start - (b.end - b.start))[0],
      tags: tags.get(start) ?? NO_TAGS,
    });
  }
  return tokens;
}

/** True when every token so far is opening punctuation (a bullet, an opening quote, a dash). */
function isFirstWordAfterOpening(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last.text === ":" || last.text === "\u2014" || last.text === "\u2013") return true;
  return tokens.every((token) => token.punctuation);
}
