// Scores that decide whether a pasted quotation or a typed name matches stored text. The full-text
// index finds the candidates; these scores rank them and cut off weak guesses.
import { searchTokens } from "./search-text";

/**
 * whoSaid returns nothing below this score: at 0.6 a quotation with a word missing, an extra word or
 * changed punctuation still matches, while an unrelated sentence that shares only common words
 * ("the", "in", "is") does not.
 */
export const WHO_SAID_MIN_SCORE = 0.6;

/**
 * How many full-text candidates whoSaid and resolveEntity score to return `limit`: enough for a
 * paraphrase or a misspelt name the index ranks low.
 */
export function candidatesToScore(limit: number): number {
  return Math.max(25, limit * 5);
}

/** resolveEntity returns nothing below this score. */
export const RESOLVE_ENTITY_MIN_SCORE = 0.45;

/** Common words count for a quarter of a content word: they carry little evidence of a match. */
const FUNCTION_WORDS = new Set(
  (
    "a an the and or but if of in on at to for from by with as is are was were be been being it its this that " +
    "these those he she they we i you his her their our my your them him us me not no so do does did has have had " +
    "will would could should can may might must there here than then"
  ).split(" "),
);

/** A word's weight as evidence of a match: 1 for a content word, 0.25 for a function word. */
export function wordWeight(token: string): number {
  return FUNCTION_WORDS.has(token) ? 0.25 : 1;
}

/** Weighted longest common subsequence of two token lists: words in the same order count. */
function weightedLcs(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      current[j] =
        a[i - 1] === b[j - 1]
          ? previous[j - 1] + wordWeight(a[i - 1])
          : Math.max(previous[j], current[j - 1]);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * How much of the quotation appears, in order, in a candidate text: 1 when every word does, lower for
 * each missing or extra word (content words weigh four times function words). The quotation is
 * tokenised once, for all the candidates it is scored against.
 */
export function quotationScorer(quotation: string): (candidate: string) => number {
  const query = searchTokens(quotation);
  const total = query.reduce((sum, token) => sum + wordWeight(token), 0);
  if (total === 0) return () => 0;
  return (candidate) => weightedLcs(query, searchTokens(candidate)) / total;
}

/**
 * whoSaid's ranking: the candidates (in the full-text index's order) scored by the best of their
 * texts, those under WHO_SAID_MIN_SCORE dropped, best first (the index's order breaking ties), at
 * most `limit`. Scores are rounded to three decimals.
 */
export function rankQuotationMatches<T>(
  quotation: string,
  candidates: T[],
  texts: (candidate: T) => string[],
  limit: number,
): { candidate: T; score: number }[] {
  const score = quotationScorer(quotation);
  return candidates
    .map((candidate, rank) => {
      const best = Math.max(...texts(candidate).map(score));
      return { candidate, score: Math.round(best * 1000) / 1000, rank };
    })
    .filter((match) => match.score >= WHO_SAID_MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.rank - b.rank)
    .slice(0, limit)
    .map(({ candidate, score }) => ({ candidate, score }));
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i < padded.length - 2; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

function dice<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/**
 * How well a typed name matches one stored name: 1 for the same words (case, accents, apostrophes
 * and possessives aside), otherwise a blend of shared words and shared letter trigrams (typos).
 */
export function nameScore(typed: string, stored: string): number {
  const simplify = (text: string) =>
    searchTokens(text.normalize("NFD").replace(/\p{M}/gu, ""))
      .map((token) => token.replace(/'s$/, ""))
      .filter((token) => token !== "the");
  const a = simplify(typed);
  const b = simplify(stored);
  if (a.length === 0 || b.length === 0) return 0;
  if (a.join(" ") === b.join(" ")) return 1;
  const words = dice(new Set(a), new Set(b));
  const letters = dice(trigrams(a.join(" ")), trigrams(b.join(" ")));
  return 0.95 * Math.max(words, 0.6 * words + 0.4 * letters, letters * 0.9);
}
