// Whether two statements report the same words: the score that groups statements into utterances.
// Pure: the store finds the candidates (full-text index, same speaker) and records what this decides.
import { searchTokens } from "./search-text";
import { wordWeight } from "./text-match";

/** Why a statement belongs to its utterance. */
export enum GroupingMethod {
  /** The same words once case, punctuation, quote marks, elisions and spacing are set aside. */
  IDENTICAL = "IDENTICAL",
  /** Every word of one, in one unbroken run of the other: a shorter cut of the same quotation. */
  FRAGMENT = "FRAGMENT",
  /** Most of the shorter one's words, in order, within a dense stretch of the other: other cuts, elisions, a word changed. */
  SIMILAR = "SIMILAR",
  /** The first statement of its utterance: nothing it matched was grouped before. */
  FIRST = "FIRST",
  /** A maintainer split it out of its utterance (splitStatement): grouping never moves it again. */
  SPLIT = "SPLIT",
  /** A maintainer joined its utterance to another (joinUtterances): grouping never moves it again. */
  JOINED = "JOINED",
}

/** Memberships grouping decided by a match: they record its score and the statement matched. */
export const MATCHED_METHODS: readonly GroupingMethod[] = [
  GroupingMethod.IDENTICAL,
  GroupingMethod.FRAGMENT,
  GroupingMethod.SIMILAR,
];

/** Memberships a maintainer decided: grouping leaves them where they are. */
export const MAINTAINER_METHODS: readonly GroupingMethod[] = [GroupingMethod.SPLIT, GroupingMethod.JOINED];

/**
 * Two statements are the same quotation when at least this share of the shorter one's words (content
 * words weigh four times function words) appear in order in the other. 0.8 lets through a different cut
 * with an elision, a dropped or changed word in every five, or "will not" for "won't"; it keeps apart
 * two sentences of one speech that share a clause and little else.
 */
export const UTTERANCE_MIN_SIMILARITY = 0.8;

/**
 * The words two statements share must weigh at least this much: two content words and two function
 * words. Below it ("Thank you", "We will see", "Absolutely") the same words are no evidence of the
 * same occasion.
 */
export const UTTERANCE_MIN_SHARED_WEIGHT = 2.5;

/**
 * A SIMILAR match (words in order, but not one unbroken run) needs more shared words: at least this
 * weight, about six content words. On the PolNeAR train split, shorter ones matched a slogan inside
 * another speech ("make America safe and great again" for "Make America Great Again") or the same
 * noun phrase on another day; identical and fragment matches keep the lower bound above.
 */
export const UTTERANCE_MIN_SIMILAR_WEIGHT = 6;

/**
 * The shared words must make up at least this share of the stretch of the longer statement they are
 * found in: a short quotation whose words lie scattered through a long paragraph is not a cut of it.
 */
export const UTTERANCE_MIN_DENSITY = 0.6;

export interface UtteranceMatch {
  method: GroupingMethod.IDENTICAL | GroupingMethod.FRAGMENT | GroupingMethod.SIMILAR;
  /** 1 for identical and fragment; the share of the shorter statement's words found, for similar. */
  score: number;
}

const sum = (tokens: readonly string[]) => tokens.reduce((total, token) => total + wordWeight(token), 0);

/** Whether `needle` appears as one unbroken run of `haystack`. */
function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((token, i) => haystack[start + i] === token)) return true;
  }
  return false;
}

/**
 * The weighted longest common subsequence of `short` in `long`, and the weight of the stretch of `long`
 * from its first to its last word in that subsequence.
 */
function alignment(short: readonly string[], long: readonly string[]): { shared: number; stretch: number } {
  const rows = short.length + 1;
  const cols = long.length + 1;
  const table = new Float64Array(rows * cols);
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      table[i * cols + j] =
        short[i - 1] === long[j - 1]
          ? table[(i - 1) * cols + j - 1] + wordWeight(short[i - 1])
          : Math.max(table[(i - 1) * cols + j], table[i * cols + j - 1]);
    }
  }
  let first = -1;
  let last = -1;
  for (let i = short.length, j = long.length; i > 0 && j > 0;) {
    if (
      short[i - 1] === long[j - 1] &&
      table[i * cols + j] === table[(i - 1) * cols + j - 1] + wordWeight(short[i - 1])
    ) {
      if (last < 0) last = j - 1;
      first = j - 1;
      i -= 1;
      j -= 1;
    } else if (table[(i - 1) * cols + j] >= table[i * cols + j - 1]) i -= 1;
    else j -= 1;
  }
  const shared = table[rows * cols - 1];
  return { shared, stretch: first < 0 ? 0 : sum(long.slice(first, last + 1)) };
}

/**
 * Whether two statement texts report the same words, how (identical, fragment, similar) and with what
 * score; null when they do not. The shorter text (in words) is looked for in the longer.
 */
export function matchUtterance(a: string, b: string): UtteranceMatch | null {
  const [short, long] = [searchTokens(a), searchTokens(b)].sort((x, y) => x.length - y.length);
  if (short.length === 0 || sum(short) < UTTERANCE_MIN_SHARED_WEIGHT) return null;
  if (short.join(" ") === long.join(" ")) return { method: GroupingMethod.IDENTICAL, score: 1 };
  if (containsRun(long, short)) return { method: GroupingMethod.FRAGMENT, score: 1 };
  const { shared, stretch } = alignment(short, long);
  const score = Math.round((shared / sum(short)) * 1000) / 1000;
  if (shared < UTTERANCE_MIN_SIMILAR_WEIGHT || score < UTTERANCE_MIN_SIMILARITY) return null;
  if (shared / stretch < UTTERANCE_MIN_DENSITY) return null;
  return { method: GroupingMethod.SIMILAR, score };
}

/**
 * The best match of a statement among candidates (already of the same speaker): the highest score,
 * identical before fragment before similar at equal scores, then the candidate first in `candidates`.
 */
export function bestUtteranceMatch<T>(
  text: string,
  candidates: readonly T[],
  textOf: (candidate: T) => string,
): { candidate: T; match: UtteranceMatch } | null {
  const rank = [GroupingMethod.IDENTICAL, GroupingMethod.FRAGMENT, GroupingMethod.SIMILAR];
  let best: { candidate: T; match: UtteranceMatch } | null = null;
  for (const candidate of candidates) {
    const match = matchUtterance(text, textOf(candidate));
    if (!match) continue;
    if (
      !best ||
      match.score > best.match.score ||
      (match.score === best.match.score && rank.indexOf(match.method) < rank.indexOf(best.match.method))
    ) {
      best = { candidate, match };
    }
  }
  return best;
}
