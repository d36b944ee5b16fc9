// Dates as the article writes them ("on Dec. 8", "last week", "in September 2022"), read with
// compromise-dates against the publication date and written YYYY, YYYY-MM or YYYY-MM-DD.
import { parseDatePhrase } from "./nlp";
import type { Span } from "./text";

export interface DatePhrase extends Span {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
}

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:(?:mid|early|late)-)?${MONTH}(?:\\s+\\d{1,2}(?!\\d))?(?:,?\\s+\\d{4})?`, "g"),
  new RegExp(`\\b(?:on|last|this|next)\\s+${WEEKDAY}\\b`, "g"),
  /\b(?:earlier|later)\s+this\s+(?:week|month|year)\b/gi,
  /\b(?:last|this|next|past)\s+(?:week|month|year)\b/gi,
  /\b(?:yesterday|today|tomorrow)\b/gi,
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|months|years)\s+ago\b/gi,
  /\b(?:in|since|of|by|during|until)\s+(?:19|20)\d{2}\b/g,
];
const FUTURE_CUES = /\b(?:next|coming|tomorrow|upcoming|later)\b/i;
const EXPLICIT_YEAR = /\b(?:19|20)\d{2}\b/;
const NAMED_WEEKDAY = new RegExp(WEEKDAY);

function shiftDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function shiftYears(isoDay: string, years: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

/**
 * The date `phrase` names, relative to `publishedOn` (YYYY-MM-DD). News reports the past: a date without a
 * year that would fall after publication ("on Dec. 8" in a January article) is the most recent past one.
 */
export function resolveDate(phrase: string, publishedOn: string): string | undefined {
  const parsed = parseDatePhrase(phrase, publishedOn);
  if (parsed === undefined) return undefined;
  let { start, end } = parsed;
  const inFuture = start > publishedOn;
  if (inFuture && !EXPLICIT_YEAR.test(phrase) && !FUTURE_CUES.test(phrase)) {
    const weekday = NAMED_WEEKDAY.test(phrase);
    start = weekday ? shiftDays(start, -7) : shiftYears(start, -1);
    end = weekday ? shiftDays(end, -7) : shiftYears(end, -1);
  }
  const unit = parsed.unit;
  if (unit === "day" || start === end) return start;
  if (unit === "year" || start.slice(0, 4) !== end.slice(0, 4)) return start.slice(0, 4);
  if (unit === "month" || start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
  return start.slice(0, 4);
}

/** Every date phrase inside `span` of `text`, in reading order, with its resolved value. */
export function findDates(text: string, span: Span, publishedOn: string): DatePhrase[] {
  const slice = text.slice(span.start, span.end);
  const found: DatePhrase[] = [];
  for (const pattern of DATE_PATTERNS) {
    for (const match of slice.matchAll(pattern)) {
      const start = span.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (found.some((phrase) => phrase.start < end && start < phrase.end)) continue;
      const value = resolveDate(match[0], publishedOn);
      if (value !== undefined) found.push({ start, end, value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
