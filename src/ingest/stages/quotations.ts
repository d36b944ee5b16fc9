// Quotations in the raw text, whatever their marks: “…”, "…", ''…'', ``…'', ‘…’. A quotation that runs
// over several paragraphs (each reopened, only the last closed) is one chain of parts.
import type { Span } from "../text";

export type QuoteStyle = "double" | "single";

export interface Quotation extends Span {
  /** Offset of the opening mark; `start` is just after it. */
  open: number;
  /** Offset of the closing mark (or the end of the line for an unclosed part); `end` is just before it. */
  close: number;
  /** Just after the closing mark (`close` for an unclosed part). */
  after: number;
  style: QuoteStyle;
  /** The paragraph (line) it lies in. */
  line: number;
  /** The next part of the same quotation, in the next paragraph, when this part is not closed. */
  next?: Quotation;
  previous?: Quotation;
  /** The quotation it lies inside ("… he told me ‘keep going’ …"). */
  outer?: Quotation;
}

/** The dash that signs a quotation with its speaker's name (em dash, horizontal bar, en dash, two hyphens). */
const SIGNING_DASH = String.raw`[^\S\n]*(?:[\u2014\u2015\u2013]|--)[^\S\n]*`;

/** From just after a closing mark: the dash of `“We deserve better.” ― Ana Ruiz`, up to the name. */
export const SIGNATURE = new RegExp(`^${SIGNING_DASH}(?=\\p{Lu})`, "u");

const SIGNED_AFTER_MARK = new RegExp(`["\\u201D\\u2019']${SIGNING_DASH}\\p{Lu}`, "u");

/** A line that ends a quoted sentence and signs it: prose, though it may end without a full stop. */
export function isSignedQuotationLine(line: string): boolean {
  return /[.!?,]["\u201D\u2019']{1,2}/.test(line) && SIGNED_AFTER_MARK.test(line);
}

interface Mark {
  at: number;
  length: number;
  role: "open" | "close" | "either";
  style: QuoteStyle;
}

const LETTER = /[\p{L}\p{N}]/u;

function lineSpans(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  return lines;
}

/** Double marks of a line in order; `''` and `` `` `` count as one mark. */
function doubleMarks(text: string, line: Span): Mark[] {
  const marks: Mark[] = [];
  for (let i = line.start; i < line.end; i++) {
    const c = text[i];
    if (c === "\u201C" || c === "\u201E") marks.push({ at: i, length: 1, role: "open", style: "double" });
    else if (c === "\u201D") marks.push({ at: i, length: 1, role: "close", style: "double" });
    else if (c === '"') marks.push({ at: i, length: 1, role: "either", style: "double" });
    else if (c === "`" && text[i + 1] === "`") {
      marks.push({ at: i, length: 2, role: "open", style: "double" });
      i++;
    } else if (c === "'" && text[i + 1] === "'") {
      marks.push({ at: i, length: 2, role: "either", style: "double" });
      i++;
    }
  }
  return marks;
}

/** An ambiguous mark opens when a word follows it and no word runs into it from before. */
function opensHere(text: string, mark: Mark): boolean {
  const before = text[mark.at - 1] ?? " ";
  const after = text[mark.at + mark.length] ?? " ";
  if (LETTER.test(before) && !LETTER.test(after)) return false;
  return !/\s/.test(after) || !LETTER.test(before);
}

function quotation(open: Mark, close: Mark | undefined, end: number, line: number): Quotation {
  return {
    open: open.at,
    start: open.at + open.length,
    end,
    close: end,
    after: close !== undefined ? close.at + close.length : end,
    style: "double",
    line,
  };
}

function lineDoubles(
  text: string,
  line: Span,
  lineIndex: number,
): { closed: Quotation[]; unclosed?: Quotation } {
  const closed: Quotation[] = [];
  let opening: Mark | undefined;
  for (const mark of doubleMarks(text, line)) {
    if (opening === undefined) {
      if (mark.role === "close" && closed.length === 0 && mark.at > line.start) {
        // A closing mark before any opening one: the paragraph continues a quotation opened without a mark.
        continue;
      }
      if (mark.role === "open" || (mark.role === "either" && opensHere(text, mark))) opening = mark;
      continue;
    }
    if (mark.role === "close" || mark.role === "either") {
      closed.push(quotation(opening, mark, mark.at, lineIndex));
      opening = undefined;
    } else {
      // Two opening marks in a row: the first was never closed; start again from the second.
      opening = mark;
    }
  }
  let end = line.end;
  while (end > line.start && /\s/.test(text[end - 1])) end--;
  const unclosed =
    opening !== undefined && end > opening.at + opening.length
      ? quotation(opening, undefined, end, lineIndex)
      : undefined;
  return { closed, unclosed };
}

/** ‘…’ inside a line: an opening ‘ at a word start, a closing ’ not followed by a letter (’ is also the apostrophe). */
function lineSingles(text: string, line: Span, lineIndex: number): Quotation[] {
  const found: Quotation[] = [];
  const slice = text.slice(line.start, line.end);
  const pattern = /(?<![\p{L}\p{N}])\u2018(?=[\p{L}\p{N}"“])/gu;
  for (const match of slice.matchAll(pattern)) {
    const open = line.start + (match.index ?? 0);
    for (let i = open + 1; i < line.end; i++) {
      if (text[i] !== "\u2019") continue;
      const after = text[i + 1] ?? " ";
      if (LETTER.test(after)) continue;
      // "the Clintons’ foundation": a plural possessive closes nothing when a lower-case word follows it.
      if (/\s/.test(after) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && text[i - 1] === "s") continue;
      found.push({ open, start: open + 1, end: i, close: i, after: i + 1, style: "single", line: lineIndex });
      break;
    }
  }
  return found;
}

/** Every quotation of the text, in order of their opening marks, chained across paragraphs. */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let pending: Quotation | undefined;
  lineSpans(text).forEach((line, lineIndex) => {
    const blank = text.slice(line.start, line.end).trim() === "";
    if (blank) return;
    const { closed, unclosed } = lineDoubles(text, line, lineIndex);
    const parts = [...closed, ...(unclosed ? [unclosed] : [])];
    // A paragraph that continues an unclosed quotation opens with a mark of its own.
    const first = parts[0];
    const continues =
      pending !== undefined && first !== undefined && text.slice(line.start, first.open).trim() === "";
    if (pending !== undefined && continues) {
      pending.next = first;
      first.previous = pending;
    }
    pending = unclosed;
    const singles = lineSingles(text, line, lineIndex);
    for (const single of singles) {
      single.outer = parts.find((part) => part.start <= single.open && single.close <= part.end);
    }
    quotations.push(...parts, ...singles);
  });
  return quotations.sort((a, b) => a.open - b.open);
}

/** The first part of a quotation's chain. */
export function firstPart(quotation: Quotation): Quotation {
  let part = quotation;
  while (part.previous !== undefined) part = part.previous;
  return part;
}

/** All parts of the chain a quotation belongs to, in order. */
/** Every quotation that lies inside no other, as the chain of its parts (a quotation over paragraphs). */
export function quotationChains(quotations: readonly Quotation[]): Quotation[][] {
  return quotations
    .filter((quotation) => quotation.previous === undefined && quotation.outer === undefined)
    .map(chainOf);
}

export function chainOf(quotation: Quotation): Quotation[] {
  const parts: Quotation[] = [];
  for (let part: Quotation | undefined = firstPart(quotation); part !== undefined; part = part.next)
    parts.push(part);
  return parts;
}
