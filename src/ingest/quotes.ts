// Direct quotation spans: straight and curly double quotes, quotations running over several sentences or
// on into the next paragraph, and single-quoted passages (headlines, a quotation inside a quotation).
import type { Span } from "./text";

export type QuoteStyle = "double" | "single";

export interface Quotation extends Span {
  /** Index of the opening mark; `start`/`end` delimit the words between the marks. */
  open: number;
  /** Index one past the closing mark, or the paragraph end for a quotation that runs on. */
  close: number;
  style: QuoteStyle;
  /** A single-quoted passage inside a double-quoted one. */
  nested: boolean;
}

const OPENING_DOUBLE = new Set(["\u201C", "\u201E"]);
const CLOSING_DOUBLE = new Set(["\u201D"]);
const BEFORE_OPENING = /[\s([{\u2014\u2013/:-]/;
const BEFORE_OPENING_SINGLE = /[\s([{\u2014\u2013/:"\u201C-]/;
const AFTER_CLOSING_SINGLE = /[\s,.;:!?)\]"\u201D\u2014\u2013-]/;
const LETTER = /[\p{L}\p{N}]/u;
const MAX_SINGLE_QUOTE_LENGTH = 160;

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      let end = i;
      if (end > start && text[end - 1] === "\r") end--;
      lines.push({ start, end });
      start = i + 1;
    }
  }
  return lines;
}

function isOpeningDouble(text: string, index: number, line: Line): boolean {
  const mark = text[index];
  if (OPENING_DOUBLE.has(mark)) return true;
  if (mark !== '"') return false;
  const before = index === line.start ? " " : text[index - 1];
  const after = index + 1 >= line.end ? " " : text[index + 1];
  return BEFORE_OPENING.test(before) && !/\s/.test(after);
}

function isDoubleMark(mark: string): boolean {
  return mark === '"' || OPENING_DOUBLE.has(mark) || CLOSING_DOUBLE.has(mark);
}

/** The words between the marks, without the whitespace next to the marks. */
function contentSpan(open: number, closeMark: number, text: string): Span {
  let start = open + 1;
  let end = closeMark;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function findDoubleQuotations(text: string, lines: Line[]): Quotation[] {
  const found: Quotation[] = [];
  lines.forEach((line, lineIndex) => {
    let pending: number | undefined;
    for (let i = line.start; i < line.end; i++) {
      if (!isDoubleMark(text[i])) continue;
      if (isOpeningDouble(text, i, line) && pending === undefined) {
        pending = i;
      } else if (pending !== undefined && !OPENING_DOUBLE.has(text[i])) {
        found.push({
          ...contentSpan(pending, i, text),
          open: pending,
          close: i + 1,
          style: "double",
          nested: false,
        });
        pending = undefined;
      } else if (OPENING_DOUBLE.has(text[i])) {
        pending = i;
      }
    }
    // A quotation left open at a paragraph's end runs on when the next paragraph reopens it.
    if (pending !== undefined) {
      const next = lines.slice(lineIndex + 1).find((candidate) => candidate.end > candidate.start);
      const nextOpens = next !== undefined && isOpeningDouble(text, next.start, next);
      if (nextOpens) {
        found.push({
          ...contentSpan(pending, line.end, text),
          open: pending,
          close: line.end,
          style: "double",
          nested: false,
        });
      }
    }
  });
  return found;
}

function isOpeningSingle(text: string, index: number, line: Line): boolean {
  const mark = text[index];
  if (mark !== "'" && mark !== "\u2018") return false;
  const before = index === line.start ? " " : text[index - 1];
  const after = index + 1 >= line.end ? "" : text[index + 1];
  return BEFORE_OPENING_SINGLE.test(before) && LETTER.test(after);
}

function isClosingSingle(text: string, index: number, line: Line): boolean {
  const mark = text[index];
  if (mark !== "'" && mark !== "\u2019") return false;
  const before = index === line.start ? " " : text[index - 1];
  const after = index + 1 >= line.end ? " " : text[index + 1];
  // An apostrophe inside a word (Russia’s, shouldn’t) is not a closing mark.
  if (LETTER.test(before) && LETTER.test(after)) return false;
  return !/\s/.test(before) && AFTER_CLOSING_SINGLE.test(after);
}

function findSingleQuotations(text: string, lines: Line[], doubles: Quotation[]): Quotation[] {
  const found: Quotation[] = [];
  for (const line of lines) {
    for (let i = line.start; i < line.end; i++) {
      if (!isOpeningSingle(text, i, line)) continue;
      const limit = Math.min(line.end, i + MAX_SINGLE_QUOTE_LENGTH);
      for (let j = i + 2; j < limit; j++) {
        if (isDoubleMark(text[j])) break;
        if (!isClosingSingle(text, j, line)) continue;
        const span = contentSpan(i, j, text);
        const outer = doubles.find((quote) => quote.start <= i && j < quote.end + 1);
        found.push({ ...span, open: i, close: j + 1, style: "single", nested: outer !== undefined });
        i = j;
        break;
      }
    }
  }
  return found;
}

/** Every quotation in the text, in reading order; content spans are exact offsets into `text`. */
export function findQuotations(text: string): Quotation[] {
  const lines = linesOf(text);
  const doubles = findDoubleQuotations(text, lines);
  const singles = findSingleQuotations(text, lines, doubles);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open || b.close - a.close);
}

/** The quotation's words as a statement text: trailing commas and semicolons belong to the sentence, not the speaker. */
export function quotationText(text: string, quote: Span): Span {
  let end = quote.end;
  while (end > quote.start && /[,;:\s]/.test(text[end - 1])) end--;
  return { start: quote.start, end };
}
