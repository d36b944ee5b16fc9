// The one door to compromise and compromise-dates: typed results, loaded once (both ship CommonJS builds).
import nlp from "compromise";
import datesPlugin from "compromise-dates";

nlp.plugin(datesPlugin);

/** Part-of-speech and name tags compromise gives a word, keyed by the word's start offset in the text. */
export type TagIndex = ReadonlyMap<number, ReadonlySet<string>>;

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

function isTermJson(value: unknown): value is TermJson {
  if (typeof value !== "object" || value === null) return false;
  const term = value as Partial<TermJson>;
  return typeof term.text === "string" && Array.isArray(term.tags) && typeof term.offset?.start === "number";
}

/** compromise's lexicon tags that make a word a name ("paris": City, "jones": LastName). */
const PROPER_LEXICON_TAGS = new Set([
  "ProperNoun",
  "Person",
  "FirstName",
  "LastName",
  "MaleName",
  "FemaleName",
  "Honorific",
  "Place",
  "City",
  "Region",
  "Country",
  "Demonym",
  "Organization",
  "SportsTeam",
  "Company",
  "School",
]);

interface Lexicon {
  [word: string]: string | string[] | undefined;
}

const LEXICON = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

/** A word compromise knows as an ordinary word ("border", "police"), not as a name ("paris", "jones"). */
export function isCommonWord(lower: string): boolean {
  const entry = LEXICON[lower];
  if (entry === undefined) return false;
  const tags = Array.isArray(entry) ? entry : [entry];
  return !tags.some((tag) => PROPER_LEXICON_TAGS.has(tag));
}

export function tagWords(text: string): TagIndex {
  const sentences: unknown = nlp(text).json({ offset: true });
  const index = new Map<number, ReadonlySet<string>>();
  if (!Array.isArray(sentences)) return index;
  for (const sentence of sentences as { terms?: unknown }[]) {
    if (!Array.isArray(sentence.terms)) continue;
    for (const term of sentence.terms) {
      if (isTermJson(term)) index.set(term.offset.start, new Set(term.tags));
    }
  }
  return index;
}

export interface ParsedDate {
  /** YYYY-MM-DD of the first day. */
  start: string;
  /** YYYY-MM-DD of the last day. */
  end: string;
  /** compromise-dates' unit: day, week, month, year… (undefined for open ranges). */
  unit?: string;
}

interface DateJson {
  dates?: { start?: unknown; end?: unknown; unit?: unknown };
}

/** The first date compromise-dates reads in `phrase`, with `today` as the reference day. */
export function parseDatePhrase(phrase: string, today: string): ParsedDate | undefined {
  const view: unknown = nlp(phrase);
  const withDates = view as { dates(options: { today: string; timezone: string }): { json(): unknown } };
  const found = withDates.dates({ today, timezone: "UTC" }).json();
  if (!Array.isArray(found) || found.length === 0) return undefined;
  const dates = (found[0] as DateJson).dates;
  if (typeof dates?.start !== "string" || typeof dates.end !== "string") return undefined;
  return {
    start: dates.start.slice(0, 10),
    end: dates.end.slice(0, 10),
    unit: typeof dates.unit === "string" ? dates.unit : undefined,
  };
}
