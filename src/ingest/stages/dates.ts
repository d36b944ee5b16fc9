// Stage: when a statement was made, from the dates the NLP server normalises ("on Friday" → XXXX-WXX-5,
// "Jan. 24" → XXXX-01-24), read against the article's publication date.
import type { Finding } from "../rules/rule";
import type { ArticleDocument } from "./document";

const DAY_MS = 86_400_000;

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** A normalised date as a calendar date (YYYY, YYYY-MM or YYYY-MM-DD), or undefined when it names none. */
export function resolveTimex(value: string, publishedOn: string): string | undefined {
  const published = Date.parse(`${publishedOn}T00:00:00Z`);
  if (Number.isNaN(published)) return undefined;
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return value;
  const monthDay = /^XXXX-(\d{2})-(\d{2})$/.exec(value);
  if (monthDay !== null) {
    const year = Number(publishedOn.slice(0, 4));
    const candidate = `${year}-${monthDay[1]}-${monthDay[2]}`;
    // "Dec. 28" in an article of Jan. 3 is last year's.
    return Date.parse(`${candidate}T00:00:00Z`) - published > 31 * DAY_MS
      ? `${year - 1}-${monthDay[1]}-${monthDay[2]}`
      : candidate;
  }
  const weekday = /^XXXX-WXX-([1-7])$/.exec(value);
  if (weekday !== null) {
    // ISO weekdays: 1 is Monday. The latest such day on or before publication: news reports what happened.
    const target = Number(weekday[1]) % 7;
    const day = new Date(published).getUTCDay();
    return isoDay(published - ((day - target + 7) % 7) * DAY_MS);
  }
  return undefined;
}

const RELATIVE_DAYS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1 };

/** The date the attribution itself gives ("said on Friday"), outside what was said. */
export function saidOnOf(document: ArticleDocument, finding: Finding, publishedOn: string): string | null {
  for (let index = finding.sentences.first; index <= finding.sentences.last; index++) {
    const sentence = document.sentences[index];
    for (const mention of sentence.entities) {
      if (mention.ner !== "DATE") continue;
      if (finding.content.some((part) => part.start <= mention.start && mention.end <= part.end)) continue;
      const relative = RELATIVE_DAYS[mention.text.toLowerCase()];
      if (relative !== undefined) {
        const published = Date.parse(`${publishedOn}T00:00:00Z`);
        if (!Number.isNaN(published)) return isoDay(published + relative * DAY_MS);
      }
      const resolved =
        mention.normalized !== undefined ? resolveTimex(mention.normalized, publishedOn) : undefined;
      if (resolved !== undefined) return resolved;
    }
  }
  return null;
}
