// Name chunks: runs of capitalised words that may be names ("Security Service of Ukraine", "No. 3"), with the
// word-level tests that decide what counts as a name word (compromise tags, position, the article's usage).
import { countryNamed, type LocalCountries } from "./gazetteer";
import {
  FACILITY_HEADS,
  GENERIC_ORGANIZATION_WORDS,
  NEVER_NAMES,
  ORGANIZATION_HEADS,
  PLACE_SUFFIXES,
} from "./name-words";
import type { Sentence } from "./sentences";
import { isCommonWord } from "./nlp";
import { matchSpeechVerb } from "./speech-verbs";
import type { Token } from "./tokens";

export interface SentenceContext {
  /** The whole article text; every span indexes into it. */
  text: string;
  sentence: Sentence;
  tokens: Token[];
  /** Lower-case words the article capitalises in mid-sentence somewhere: names even at a sentence start. */
  capitalizedWords: ReadonlySet<string>;
  /** Countries the article names that the gazetteer does not know ("Karsland", taught by "Karslandic"). */
  countries: LocalCountries;
}

const PROPER_TAGS = [
  "ProperNoun",
  "Person",
  "Place",
  "Organization",
  "Country",
  "City",
  "Region",
  "FirstName",
  "LastName",
  "Acronym",
  "Demonym",
];

export const FUNCTION_TAGS = ["Pronoun", "Determiner", "Preposition", "Conjunction", "QuestionWord"];

const NAME_PARTICLES = new Set(["de", "da", "van", "von", "al", "bin", "ibn", "del", "di", "le", "la"]);

const OF_ALLOWED_AFTER = new Set([
  ...ORGANIZATION_HEADS.keys(),
  ...[...FACILITY_HEADS.keys()].filter((head) => !head.includes(" ")),
  ...PLACE_SUFFIXES.keys(),
  ...GENERIC_ORGANIZATION_WORDS,
  "republic",
  "kingdom",
  "federation",
  "city",
  "state",
  "states",
  "bank",
  "house",
  "president",
  "minister",
  "secretary",
  "study",
  "people's",
  "commonwealth",
  "church",
]);

export function hasAnyTag(token: Token, tags: readonly string[]): boolean {
  return tags.some((tag) => token.tags.has(tag));
}

/** A capitalised word that can be part of a name here (not "The", not a month, not an ordinary word opening a sentence). */
export function isNameWord(context: SentenceContext, token: Token | undefined): boolean {
  if (token === undefined || token.punctuation || !token.capitalized) return false;
  // "He’s" and "It’s" are pronouns with a verb, not names.
  if (NEVER_NAMES.has(token.lower.replace(/[’'].*$/u, ""))) return false;
  if (token.tags.has("Month") || token.tags.has("WeekDay")) return false;
  if (/^\d/.test(token.text)) return false;
  if (token.acronym) return true;
  if (!token.sentenceInitial) {
    return !hasAnyTag(token, FUNCTION_TAGS) || context.capitalizedWords.has(token.lower);
  }
  if (context.capitalizedWords.has(token.lower)) return true;
  if (hasAnyTag(token, FUNCTION_TAGS)) return false;
  // "Andrii Kovalenko, …": an unknown noun opening the sentence before a capitalised word is a first name.
  const next = context.tokens[token.index + 1];
  const beforeName =
    next !== undefined && next.capitalized && !next.punctuation && !NEVER_NAMES.has(next.lower);
  // "Border village shelled": a headline opens with a capital whatever the word; an ordinary word the
  // article never capitalises elsewhere is no name, whatever compromise guesses from the capital.
  if (context.sentence.headline && !beforeName && isCommonWord(token.lower)) return false;
  const commonWord = hasAnyTag(token, ["Adjective", "Adverb", "Verb", "Plural"]);
  // "Coastal Guard …", "Presidential Office …": an adjective opening the name of an institution.
  const beforeHead = beforeName && (ORGANIZATION_HEADS.has(next.lower) || FACILITY_HEADS.has(next.lower));
  if (commonWord) return hasAnyTag(token, PROPER_TAGS) || (beforeHead && token.tags.has("Adjective"));
  // "Velyk said …", "Sarkova's office …": a word that speaks or owns something is a name.
  const words = context.tokens.map((word) => word.lower);
  const speaks =
    matchSpeechVerb(words, token.index + 1)?.form === "past" ||
    matchSpeechVerb(words, token.index + 1)?.form === "present";
  return hasAnyTag(token, PROPER_TAGS) || beforeName || token.possessive || speaks;
}

/**
 * A wire dateline opening a report: "DORVIK, March 3 (Northline) - …". The place is tokens 0..placeLast;
 * the report itself starts at bodyStart.
 */
export function dateline(tokens: readonly Token[]): { placeLast: number; bodyStart: number } | undefined {
  let placeLast = -1;
  while (/^\p{Lu}{2,}$/u.test(tokens[placeLast + 1]?.text ?? "")) placeLast++;
  if (placeLast < 0 || tokens[placeLast + 1]?.text !== ",") return undefined;
  for (let index = placeLast + 2; index < tokens.length && index <= placeLast + 12; index++) {
    if (["-", "\u2014", "\u2013"].includes(tokens[index].text))
      return tokens[index + 1] !== undefined ? { placeLast, bodyStart: index + 1 } : undefined;
  }
  return undefined;
}

export function isNumberedName(tokens: readonly Token[], index: number): boolean {
  return (
    tokens[index]?.text === "No" &&
    tokens[index + 1]?.text === "." &&
    /^\d+$/.test(tokens[index + 2]?.text ?? "")
  );
}

function sameQuotation(a: Token, b: Token): boolean {
  return a.quotation === b.quotation;
}

export function spanText(
  context: SentenceContext,
  first: Token,
  last: Token,
  withPossessive = false,
): string {
  return context.text.slice(first.start, withPossessive ? last.fullEnd : last.end);
}

export function isLowercaseWord(token: Token | undefined): token is Token {
  return token !== undefined && !token.punctuation && !token.capitalized && /^\p{Ll}/u.test(token.text);
}

export interface Chunk {
  first: number;
  last: number;
  /** Index of an "of" connector inside the chunk, if any. */
  ofIndex?: number;
  /** A possessive inside the chunk: "General Staff of Ukraine’s Armed Forces". */
  innerPossessive?: number;
}

export function headKey(tokens: readonly Token[], chunk: Chunk): string {
  const headIndex = chunk.ofIndex !== undefined ? chunk.ofIndex - 1 : chunk.last;
  return tokens[headIndex].lower;
}

function runEnd(context: SentenceContext, from: number): number {
  let index = from;
  while (isNameWord(context, context.tokens[index + 1]) && !context.tokens[index].possessive) index++;
  return index;
}

export function buildChunks(context: SentenceContext): Chunk[] {
  const { tokens } = context;
  const chunks: Chunk[] = [];
  for (let i = 0; i < tokens.length;) {
    const numbered = isNumberedName(tokens, i);
    if (!numbered && !isNameWord(context, tokens[i])) {
      i++;
      continue;
    }
    const chunk: Chunk = { first: i, last: numbered ? i + 2 : i };
    for (;;) {
      const current = tokens[chunk.last];
      const next = tokens[chunk.last + 1];
      if (next === undefined || !sameQuotation(current, next)) break;
      if (current.possessive) {
        const afterOf =
          chunk.ofIndex !== undefined && ["of", "the"].includes(tokens[chunk.last - 1]?.lower ?? "");
        if (afterOf && isNameWord(context, next)) {
          chunk.innerPossessive = chunk.last;
          chunk.last++;
          continue;
        }
        break;
      }
      if (isNameWord(context, next) && !next.sentenceInitial) {
        chunk.last++;
        continue;
      }
      if ((next.lower === "of" || next.lower === "for") && OF_ALLOWED_AFTER.has(current.lower)) {
        let target = chunk.last + 2;
        if (tokens[target]?.lower === "the") target++;
        if (isNameWord(context, tokens[target])) {
          chunk.ofIndex ??= chunk.last + 1;
          chunk.last = target;
          continue;
        }
      }
      // "Calder & Sons", "Procter & Gamble": an ampersand joins the names of a firm.
      if (next.text === "&" && isNameWord(context, tokens[chunk.last + 2])) {
        chunk.last += 2;
        continue;
      }
      if (next.lower === "and" && joinsAcrossAnd(context, chunk, chunk.last + 2)) {
        chunk.last = runEnd(context, chunk.last + 2);
        continue;
      }
      if (
        NAME_PARTICLES.has(next.lower) &&
        chunk.last === chunk.first &&
        isNameWord(context, tokens[chunk.last + 2])
      ) {
        chunk.last += 2;
        continue;
      }
      break;
    }
    chunks.push(chunk);
    i = chunk.last + 1;
  }
  return chunks;
}

/** "Institute of Management and Business", "National Security and Defense Council" — but not "Kursk and Saratov". */
function joinsAcrossAnd(context: SentenceContext, chunk: Chunk, continuation: number): boolean {
  const { tokens } = context;
  const first = tokens[continuation];
  if (
    !isNameWord(context, first) ||
    first.possessive ||
    countryNamed(first.text, context.countries) !== undefined
  )
    return false;
  if (chunk.ofIndex !== undefined) return true;
  const end = runEnd(context, continuation);
  const soFar = tokens.slice(chunk.first, chunk.last + 1);
  const hasHead = soFar.some(
    (token) => ORGANIZATION_HEADS.has(token.lower) || FACILITY_HEADS.has(token.lower),
  );
  return !hasHead && ORGANIZATION_HEADS.has(tokens[end].lower) && soFar.length <= 2;
}

/** Words capitalised in mid-sentence: names, so also names where a sentence starts with them. */
export function capitalizedInMidSentence(tokens: readonly Token[]): string[] {
  return tokens
    .filter((token) => token.capitalized && !token.sentenceInitial && !token.punctuation)
    .map((token) => token.lower);
}
