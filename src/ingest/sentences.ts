// Sentences with exact offsets: sentence-splitter within each line, then repaired where news text fools it
// ("former U.S. | President Joe Biden", a quotation whose own full stops end no sentence).
import { split } from "sentence-splitter";
import type { Span } from "./text";

export interface Sentence extends Span {
  index: number;
  /** Zero-based line (paragraph) number. */
  line: number;
  /** Title, bullet or section-heading line: read for names, not for statements. */
  headline: boolean;
  /** First sentence of its paragraph. */
  paragraphStart: boolean;
}

/** Abbreviations after which a full stop ends no sentence when a title, a name part or a lower-case word follows. */
const ABBREVIATIONS_BEFORE_NAMES =
  /(?:^|\s)(?:(?:\p{L}\.){2,}|Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|Col\.|Lt\.|Sgt\.|Sen\.|Rep\.|Gov\.|St\.|No\.|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Oct\.|Nov\.|Dec\.)$/u;
const CONTINUES_AFTER_ABBREVIATION =
  /^(?:\p{Ll}|\d|(?:President|Vice|Secretary|Senator|Ambassador|Envoy|Special|Congress|Army|Navy|Air|Marine|Department|State|Treasury|Defense|Senate|House|Embassy|Forces|Government|Administration|Intelligence|Representative|Attorney|Trade|Commerce|Central|Federal|National|Supreme|Court|Secretary-General)\b)/u;
const TERMINAL_PUNCTUATION = /[.!?:"\u201D\u2019')]$/;
const MAX_HEADING_LENGTH = 140;

interface Line extends Span {
  index: number;
}

function nonEmptyLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i !== text.length && text[i] !== "\n") continue;
    let lineStart = start;
    let lineEnd = i;
    while (lineStart < lineEnd && /\s/.test(text[lineStart])) lineStart++;
    while (lineEnd > lineStart && /\s/.test(text[lineEnd - 1])) lineEnd--;
    if (lineEnd > lineStart) lines.push({ start: lineStart, end: lineEnd, index });
    index++;
    start = i + 1;
  }
  return lines;
}

/** A title, a bullet, or a short line without a full stop: a heading rather than prose. */
function isHeadingLine(line: string, lineNumber: number, title: string | undefined): boolean {
  if (title !== undefined && line.trim() === title.trim()) return true;
  if (/^[-*•\u2013\u2014]\s/.test(line)) return true;
  if (line.endsWith(":") && lineNumber === 0) return true;
  return line.length <= MAX_HEADING_LENGTH && !TERMINAL_PUNCTUATION.test(line);
}

function splitLine(text: string, line: Line): Span[] {
  const spans: Span[] = [];
  for (const node of split(text.slice(line.start, line.end))) {
    if (node.type !== "Sentence") continue;
    let start = line.start + node.range[0];
    let end = line.start + node.range[1];
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans.length > 0 ? spans : [{ start: line.start, end: line.end }];
}

/** Cuts every span after each match of `boundary` (at match index + `cutOffset`) outside the protected spans. */
function splitAtBoundaries(
  text: string,
  spans: Span[],
  protectedSpans: readonly Span[],
  boundary: RegExp,
  cutOffset: number,
): Span[] {
  const result: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    const slice = text.slice(span.start, span.end);
    for (const match of slice.matchAll(boundary)) {
      const cut = span.start + (match.index ?? 0) + cutOffset;
      const insideQuotation = protectedSpans.some((quote) => quote.start < cut && cut < quote.end);
      if (insideQuotation || cut <= start) continue;
      result.push({ start, end: cut });
      start = cut;
      while (start < span.end && /\s/.test(text[start])) start++;
    }
    result.push({ start, end: span.end });
  }
  return result;
}

/** sentence-splitter keeps `…crisis in Ukraine." He emphasized` together: a full stop inside closing quotes ends a sentence too. */
function splitAfterClosingQuotes(text: string, spans: Span[], protectedSpans: readonly Span[]): Span[] {
  // Only a full stop: `"…banned?" Putin asked.` goes on after a question mark.
  return splitAtBoundaries(text, spans, protectedSpans, /[.]["\u201D\u2019]\s+(?=[\p{Lu}"\u201C])/gu, 2);
}

/** sentence-splitter keeps `… by 2030. It said …` together: a full stop after a number ends a sentence too. */
function splitAfterNumbers(text: string, spans: Span[], protectedSpans: readonly Span[]): Span[] {
  return splitAtBoundaries(text, spans, protectedSpans, /(?<=\s\p{N}+)[.]\s+(?=[\p{Lu}"\u201C])/gu, 1);
}

function mergeFalseBreaks(text: string, spans: Span[], protectedSpans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined) {
      const before = text.slice(previous.start, previous.end);
      const after = text.slice(span.start, span.end);
      const afterAbbreviation =
        ABBREVIATIONS_BEFORE_NAMES.test(before) && CONTINUES_AFTER_ABBREVIATION.test(after);
      const insideQuotation = protectedSpans.some(
        (quote) => quote.start < previous.end && span.start < quote.end,
      );
      if (afterAbbreviation || insideQuotation) {
        previous.end = span.end;
        continue;
      }
    }
    merged.push({ ...span });
  }
  return merged;
}

/**
 * Splits `text` into sentences. A sentence never ends inside one of `protectedSpans` (the quotations), so a
 * multi-sentence quotation and its attribution stay one unit of evidence.
 */
export function splitSentences(
  text: string,
  protectedSpans: readonly Span[] = [],
  title?: string,
): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of nonEmptyLines(text)) {
    const headline = isHeadingLine(text.slice(line.start, line.end), line.index, title);
    const split = splitAfterNumbers(
      text,
      splitAfterClosingQuotes(text, splitLine(text, line), protectedSpans),
      protectedSpans,
    );
    const spans = mergeFalseBreaks(text, split, protectedSpans);
    spans.forEach((span, position) => {
      sentences.push({
        ...span,
        index: sentences.length,
        line: line.index,
        headline,
        paragraphStart: position === 0,
      });
    });
  }
  return sentences;
}
