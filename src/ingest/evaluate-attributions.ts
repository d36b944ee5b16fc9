// Scores predicted attributions (who said what, where) against human-annotated ones, such as PolNeAR's.
// Pure: text and spans in, counts out. Independent of how the extractor works (see attribution-predictions.ts
// for turning an Extraction into predictions).
//
// Definitions
// - Quotation marks: “ ” „ ‟ " ' ‘ ’ ‚ ‛ « ». Trimmed edges: whitespace and quotation marks at the start and end
//   of each part of a span.
// - Quoted characters: those between a pair of quotation marks, found line by line (a line is a paragraph):
//   “…” (closed by ”), "…" (straight, alternating), ''…'' (two apostrophes, as some newspapers write) and
//   ‘…’ (closed by the first ’ not followed by a letter, so "Clinton’s" does not close it). A quotation still
//   open at the end of its line runs to the end of the line (a quotation over several paragraphs opens each
//   one and closes only the last). Single quotation marks nested inside double ones change nothing.
// - Quoted share of a content: among its characters that are not whitespace and not quotation marks, the
//   share that are quoted. Category: direct when the share is ≥ DIRECT_SHARE (0.9), reported when it is 0,
//   partly quoted otherwise.
// - Match: a prediction can match a gold attribution when its content covers at least MATCH_COVERAGE (half)
//   of the gold content's characters, the gold parts' trimmed edges left out (the prediction's content is
//   taken as it is). Pairs are one to one and optimal: the most pairs, and among those the largest sum of
//   (share of the gold covered + share of the prediction, edges trimmed, inside the gold), so a tighter
//   prediction wins a tie. Found gold = matched gold; right predictions = matched predictions.
// - Categories of predictions: a matched prediction counts in its gold's category, an unmatched (spurious)
//   one in the category of its own content's quoted share. Per category: recall = matched / gold,
//   precision = matched / (matched + spurious of that category). "all" counts every attribution once.
// - Exact span: a matched pair whose contents are equal once each part is trimmed of whitespace, punctuation
//   and quotation marks at its edges, and parts separated only by such characters are joined.
//   Exact recall = exact pairs / gold, exact precision = exact pairs / predictions.
// - Named source: the gold source's text is cut before its first comma, parenthesis, dash or semicolon
//   ("Kellyanne Conway, Trump's campaign manager" → "Kellyanne Conway"). A word is proper when it starts
//   with a capital, is not a pronoun or quantifier ("He", "Many") nor a title or suffix ("President", "Mr.",
//   "Jr."), and, when it opens a sentence (after a line break or . ! ? : — not after "Mr." or an initial),
//   the same word also appears capitalised in the middle of a sentence elsewhere in the article (the
//   headline line aside). The source is named when its last word is proper; its name word is that word,
//   possessive dropped — unless the run of proper words it ends follows a preposition (of, from, for, at,
//   with, in, on, to, by; "the" between them allowed): then the word before the preposition decides: a
//   proper word is the name word ("Tim Kaine of Virginia" → Kaine), a title leaves the last word ("Secretary
//   of State John Kerry" → Kerry), anything else makes the source unnamed ("a spokesman for Clinton"). So
//   "Trump said" and "Mr. Trump said" are named, "Officials said", "he said", "the Republican nominee said"
//   and "a new poll found" are not. Attributions without a source are not named.
// - Speaker agreement: over matched pairs whose gold source is named, the name word is one of the words of
//   the predicted speaker's name or aliases, both compared in lower case, without accents, full stops or a
//   possessive, with straight apostrophes ("O’Neill's" = "O'Neill").
import type { BratSpan } from "./brat";

export type TextSpan = BratSpan;

export interface GoldAttribution {
  id: string;
  source: TextSpan[];
  cue: TextSpan[];
  content: TextSpan[];
}

export interface PredictedSpeaker {
  name: string;
  aliases: readonly string[];
}

export interface PredictedAttribution {
  id: string;
  /** The content's parts: a quotation split by its attribution is one prediction with two parts. */
  content: TextSpan[];
  cue?: TextSpan;
  speaker?: PredictedSpeaker;
}

export const MATCH_COVERAGE = 0.5;
export const DIRECT_SHARE = 0.9;

export const CATEGORIES = ["direct", "partly", "reported"] as const;
export type Category = (typeof CATEGORIES)[number];
export type Row = "all" | Category;
export const ROWS: readonly Row[] = ["all", ...CATEGORIES];

/** Counts for one row; missed gold = gold − matched, spurious predictions = predicted − matched. */
export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  exact: number;
  /** Matched pairs whose gold source is named, and those of them whose predicted speaker agrees. */
  namedSources: number;
  speakerRight: number;
}

export type RowCounts = Record<Row, Counts>;

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
  exactPrecision: number;
  exactRecall: number;
  exactF1: number;
  speakerAccuracy: number;
}

export interface AttributionPair {
  gold: string;
  predicted: string;
  category: Category;
  /** Share of the gold content (edges trimmed) that the prediction covers. */
  coverage: number;
  exact: boolean;
  /** The gold source's name word, or null when the source is not named. */
  sourceName: string | null;
  predictedSpeaker: string | null;
  speakerRight: boolean | null;
}

export interface Miss {
  id: string;
  category: Category;
  content: TextSpan[];
  source: TextSpan[];
  /**
   * The prediction that covers most of this gold content, if any covers some: its share covered, and the
   * gold attribution it was paired with instead (null when it was left spurious). Tells a boundary error
   * (covers too little) from one prediction spanning two attributions.
   */
  nearest: { coverage: number; pairedWith: string | null } | null;
}

export interface Spurious {
  id: string;
  category: Category;
  content: TextSpan[];
  speaker: string | null;
}

export interface ArticleScore {
  counts: RowCounts;
  pairs: AttributionPair[];
  missed: Miss[];
  spurious: Spurious[];
}

// ------------------------------------------------------------------------------------------------ spans

const QUOTATION_MARKS = new Set([..."“”„‟\"'‘’‚‛«»"]);
const WHITESPACE = /\s/;
const PUNCTUATION = /[\s\p{P}]/u;

function isTrimmable(char: string): boolean {
  return WHITESPACE.test(char) || QUOTATION_MARKS.has(char);
}

/** Sorted, overlapping parts merged, empty parts dropped. */
function normalized(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  const merged: TextSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function trimmed(text: string, spans: readonly TextSpan[], trimmable: (char: string) => boolean): TextSpan[] {
  const parts = spans.map((span) => {
    let { start, end } = span;
    while (start < end && trimmable(text[start])) start++;
    while (end > start && trimmable(text[end - 1])) end--;
    return { start, end };
  });
  return normalized(parts);
}

function length(spans: readonly TextSpan[]): number {
  return spans.reduce((sum, span) => sum + span.end - span.start, 0);
}

/** Characters common to two normalized span lists. */
function overlap(a: readonly TextSpan[], b: readonly TextSpan[]): number {
  let total = 0;
  for (const left of a)
    for (const right of b)
      total += Math.max(0, Math.min(left.end, right.end) - Math.max(left.start, right.start));
  return total;
}

/** The comparison form for exact spans: parts trimmed of whitespace and punctuation, touching parts joined. */
function exactKey(text: string, spans: readonly TextSpan[]): string {
  const parts = trimmed(text, spans, (char) => PUNCTUATION.test(char));
  const joined: TextSpan[] = [];
  for (const part of parts) {
    const last = joined[joined.length - 1];
    const gap = last === undefined ? "" : text.slice(last.end, part.start);
    if (last !== undefined && [...gap].every((char) => PUNCTUATION.test(char))) last.end = part.end;
    else joined.push({ ...part });
  }
  return joined.map((part) => `${part.start}-${part.end}`).join(",");
}

// ------------------------------------------------------------------------------------------------ quotations

/** The characters of `text` that stand between quotation marks (the marks themselves excluded). */
export function quotedCharacters(text: string): Uint8Array {
  const quoted = new Uint8Array(text.length);
  let lineStart = 0;
  for (const line of text.split("\n")) {
    markQuotedInLine(line, (start, end) => quoted.fill(1, lineStart + start, lineStart + end));
    lineStart += line.length + 1;
  }
  return quoted;
}

type Closer = (line: string, at: number) => number;

const closeAt =
  (mark: string): Closer =>
  (line, at) =>
    line.startsWith(mark, at) ? mark.length : 0;

/** ’ closes a ‘…’ quotation unless a letter follows it (an apostrophe: "Clinton’s"). */
const closeSingle: Closer = (line, at) => (line[at] === "’" && !/\p{L}/u.test(line[at + 1] ?? "") ? 1 : 0);

function opening(line: string, at: number): { length: number; close: Closer } | null {
  if (line.startsWith("''", at)) return { length: 2, close: closeAt("''") };
  switch (line[at]) {
    case "“":
      return { length: 1, close: closeAt("”") };
    case '"':
      return { length: 1, close: closeAt('"') };
    case "„":
      return { length: 1, close: (text, index) => (text[index] === "“" || text[index] === "”" ? 1 : 0) };
    case "‘":
      return { length: 1, close: closeSingle };
    default:
      return null;
  }
}

function markQuotedInLine(line: string, mark: (start: number, end: number) => void): void {
  let at = 0;
  while (at < line.length) {
    const open = opening(line, at);
    if (open === null) {
      at++;
      continue;
    }
    const start = at + open.length;
    let end = start;
    let closing = 0;
    while (end < line.length && (closing = open.close(line, end)) === 0) end++;
    mark(start, end);
    at = end + closing;
  }
}

/** Share of the content's characters (whitespace and quotation marks aside) that are quoted. */
export function quotedShare(text: string, quoted: Uint8Array, content: readonly TextSpan[]): number {
  let counted = 0;
  let inside = 0;
  for (const span of normalized(content)) {
    for (let index = span.start; index < span.end; index++) {
      if (isTrimmable(text[index])) continue;
      counted++;
      inside += quoted[index];
    }
  }
  return counted === 0 ? 0 : inside / counted;
}

export function categoryOf(share: number): Category {
  if (share >= DIRECT_SHARE) return "direct";
  return share > 0 ? "partly" : "reported";
}

// ------------------------------------------------------------------------------------------------ sources

const words = (...lines: string[]) => new Set(lines.flatMap((line) => line.split(" ")));

/** Pronouns and quantifiers, capitalised when they open a sentence: never a name. */
const PRONOUNS = words(
  "I We You He She It They One Who Someone Somebody Everyone Everybody Nobody Anyone Many Some Others Other",
  "Both All Most Few Several None Each This That These Those",
);

/** Titles and suffixes, capitalised before a name and sometimes alone ("the President"): not the name. */
const TITLES = words(
  "Mr Mrs Ms Miss Dr Sen Senator Rep Representative Gov Governor President Vice Secretary Speaker Leader",
  "Chairman Chairwoman Chair Director Judge Justice Mayor Attorney General Gen Lt Col Sgt Capt Cmdr Adm",
  "Prof Professor Rev Sir Dame Lord Pope King Queen Prince Princess Minister Premier Ambassador",
  "Commissioner Chief Sheriff Jr Sr II III IV",
);

/** Prepositions that put a name under a head noun ("a spokesman for Clinton", "Tim Kaine of Virginia"). */
const PREPOSITIONS = words("of from for at with in on to by");

/** Abbreviations whose full stop does not end a sentence ("Mr. Trump" does not open one). */
const ABBREVIATIONS = words(
  "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Cmdr Adm Prof Rev St Jr Sr Ft Mt No Vol",
);

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** What may stand between a sentence's end and the next one's first word: spaces, quotation marks, brackets. */
const BETWEEN_SENTENCES = /[\s“”„‟"'‘’‚‛«»()[\]]/;

interface Word {
  value: string;
  start: number;
}

function wordsOf(value: string, offset = 0): Word[] {
  return [...value.matchAll(WORD)].map((match) => ({ value: match[0], start: offset + (match.index ?? 0) }));
}

/** The form names are compared in: possessive and full stops dropped, straight apostrophes, lower case, no
 * accents. */
function nameForm(word: string): string {
  return word
    .replace(/['’]s?$/u, "")
    .replace(/\./g, "")
    .replace(/’/g, "'")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
}

function bare(word: string): string {
  return word.replace(/['’]s?$/u, "").replace(/\.$/, "");
}

/** Whether the word at `start` opens a sentence: it follows a line break or . ! ? : with only spaces, quotation
 * marks and brackets between (a full stop after an abbreviation or an initial ends no sentence). */
function opensSentence(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && text[at] !== "\n" && BETWEEN_SENTENCES.test(text[at])) at--;
  if (at < 0 || text[at] === "\n") return true;
  if (!".!?:".includes(text[at])) return false;
  if (text[at] !== ".") return true;
  const before = wordsOf(text.slice(Math.max(0, at - 12), at)).pop()?.value ?? "";
  return !(ABBREVIATIONS.has(before) || /^\p{Lu}(?:\.\p{Lu})*$/u.test(before));
}

/** Capitalised words seen in the middle of a sentence, the first line (the headline) aside. */
export function capitalisedMidSentence(text: string): Set<string> {
  const bodyStart = text.indexOf("\n") + 1;
  const seen = new Set<string>();
  for (const word of wordsOf(text.slice(bodyStart), bodyStart)) {
    if (/^\p{Lu}/u.test(word.value) && !opensSentence(text, word.start)) seen.add(bare(word.value));
  }
  return seen;
}

function isProper(text: string, word: Word, midSentence: ReadonlySet<string>): boolean {
  const value = bare(word.value);
  if (!/^\p{Lu}/u.test(value) || PRONOUNS.has(value) || TITLES.has(value)) return false;
  return !opensSentence(text, word.start) || midSentence.has(value);
}

/**
 * The name word of a gold source (see "Named source" above), or null when the source is not named.
 * `midSentence` is capitalisedMidSentence(text), computed once per article.
 */
export function sourceNameWord(
  text: string,
  source: readonly TextSpan[],
  midSentence: ReadonlySet<string>,
): string | null {
  const [first] = normalized(source);
  if (first === undefined) return null;
  const segment = text.slice(first.start, first.end).split(/[,(;—–]| - /)[0];
  const segmentWords = wordsOf(segment, first.start);
  const proper = (index: number) => index >= 0 && isProper(text, segmentWords[index], midSentence);
  const last = segmentWords.length - 1;
  if (!proper(last)) return null;
  let runStart = last;
  while (proper(runStart - 1)) runStart--;
  let before = runStart - 1;
  if (segmentWords[before]?.value === "the") before--;
  if (!PREPOSITIONS.has(segmentWords[before]?.value ?? "")) return nameForm(segmentWords[last].value);
  // A name after a preposition: the head before it decides ("Kaine of Virginia", "Secretary of State
  // John Kerry", but not "a spokesman for Clinton").
  const head = segmentWords[before - 1];
  if (head !== undefined && proper(before - 1)) return nameForm(head.value);
  if (head !== undefined && TITLES.has(bare(head.value))) return nameForm(segmentWords[last].value);
  return null;
}

export function speakerAgrees(nameWord: string, speaker: PredictedSpeaker | undefined): boolean {
  if (speaker === undefined) return false;
  return [speaker.name, ...speaker.aliases].some((name) =>
    wordsOf(name).some((word) => nameForm(word.value) === nameWord),
  );
}

// ------------------------------------------------------------------------------------------------ matching

/**
 * Maximum-weight one-to-one assignment (Hungarian method, O(rows² · columns)) over a rows × columns weight
 * matrix with rows ≤ columns; weight 0 means "no pair". Returns the column of each row, or -1.
 */
function assign(weights: readonly number[][], columns: number): number[] {
  const rows = weights.length;
  // Every row is assigned, so minimising (top − weight) maximises the weight, with non-negative costs.
  const top = weights.reduce((most, row) => row.reduce((max, weight) => Math.max(max, weight), most), 0);
  const rowPotential = new Array<number>(rows + 1).fill(0);
  const columnPotential = new Array<number>(columns + 1).fill(0);
  const rowOfColumn = new Array<number>(columns + 1).fill(0);
  const way = new Array<number>(columns + 1).fill(0);
  for (let row = 1; row <= rows; row++) {
    rowOfColumn[0] = row;
    let column = 0;
    const slack = new Array<number>(columns + 1).fill(Infinity);
    const used = new Array<boolean>(columns + 1).fill(false);
    do {
      used[column] = true;
      const current = rowOfColumn[column];
      let delta = Infinity;
      let next = 0;
      for (let candidate = 1; candidate <= columns; candidate++) {
        if (used[candidate]) continue;
        const cost =
          top - weights[current - 1][candidate - 1] - rowPotential[current] - columnPotential[candidate];
        if (cost < slack[candidate]) {
          slack[candidate] = cost;
          way[candidate] = column;
        }
        if (slack[candidate] < delta) {
          delta = slack[candidate];
          next = candidate;
        }
      }
      for (let candidate = 0; candidate <= columns; candidate++) {
        if (used[candidate]) {
          rowPotential[rowOfColumn[candidate]] += delta;
          columnPotential[candidate] -= delta;
        } else slack[candidate] -= delta;
      }
      column = next;
    } while (rowOfColumn[column] !== 0);
    do {
      const previous = way[column];
      rowOfColumn[column] = rowOfColumn[previous];
      column = previous;
    } while (column !== 0);
  }
  const columnOfRow = new Array<number>(rows).fill(-1);
  for (let column = 1; column <= columns; column++) {
    const row = rowOfColumn[column];
    if (row > 0 && weights[row - 1][column - 1] > 0) columnOfRow[row - 1] = column - 1;
  }
  return columnOfRow;
}

/** Gold index → predicted index, one to one: the most pairs, then the best-fitting ones. */
function matchPairs(
  coverage: readonly (readonly number[])[],
  fit: readonly (readonly number[])[],
): Map<number, number> {
  const golds = coverage.length;
  const predictions = coverage[0]?.length ?? 0;
  // A pair is worth more than any sum of fits (each ≤ 2), so the count of pairs comes first.
  const pairWorth = 2 * Math.min(golds, predictions) + 1;
  const weight = (gold: number, predicted: number) =>
    coverage[gold][predicted] >= MATCH_COVERAGE ? pairWorth + fit[gold][predicted] : 0;
  const pairs = new Map<number, number>();
  if (golds <= predictions) {
    const matrix = coverage.map((_, gold) => Array.from({ length: predictions }, (__, p) => weight(gold, p)));
    assign(matrix, predictions).forEach((predicted, gold) => predicted >= 0 && pairs.set(gold, predicted));
  } else {
    const matrix = Array.from({ length: predictions }, (_, p) => coverage.map((__, gold) => weight(gold, p)));
    assign(matrix, golds).forEach((gold, predicted) => gold >= 0 && pairs.set(gold, predicted));
  }
  return pairs;
}

// ------------------------------------------------------------------------------------------------ scoring

export function emptyCounts(): RowCounts {
  const zero = (): Counts => ({
    gold: 0,
    predicted: 0,
    matched: 0,
    exact: 0,
    namedSources: 0,
    speakerRight: 0,
  });
  return { all: zero(), direct: zero(), partly: zero(), reported: zero() };
}

/** Adds `more` into `into` (micro-averaging over articles). */
export function addCounts(into: RowCounts, more: RowCounts): RowCounts {
  for (const row of ROWS) {
    for (const key of Object.keys(into[row]) as (keyof Counts)[]) into[row][key] += more[row][key];
  }
  return into;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function harmonic(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function rates(counts: Counts): Rates {
  const precision = ratio(counts.matched, counts.predicted);
  const recall = ratio(counts.matched, counts.gold);
  const exactPrecision = ratio(counts.exact, counts.predicted);
  const exactRecall = ratio(counts.exact, counts.gold);
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    exactPrecision,
    exactRecall,
    exactF1: harmonic(exactPrecision, exactRecall),
    speakerAccuracy: ratio(counts.speakerRight, counts.namedSources),
  };
}

export interface ScoreInput {
  text: string;
  gold: readonly GoldAttribution[];
  predicted: readonly PredictedAttribution[];
}

export function scoreAttributions({ text, gold, predicted }: ScoreInput): ArticleScore {
  const quoted = quotedCharacters(text);
  const midSentence = capitalisedMidSentence(text);
  const goldContent = gold.map((attribution) => trimmed(text, attribution.content, isTrimmable));
  const predictedContent = predicted.map((attribution) => normalized(attribution.content));
  const predictedTrimmed = predicted.map((attribution) => trimmed(text, attribution.content, isTrimmable));
  const coverage = goldContent.map((goldSpans) =>
    predictedContent.map((spans) => ratio(overlap(goldSpans, spans), length(goldSpans))),
  );
  const fit = goldContent.map((goldSpans, goldIndex) =>
    predictedTrimmed.map(
      (spans, p) => coverage[goldIndex][p] + ratio(overlap(spans, goldSpans), length(spans)),
    ),
  );
  const pairs = matchPairs(coverage, fit);
  const goldCategory = gold.map((attribution) => categoryOf(quotedShare(text, quoted, attribution.content)));

  const counts = emptyCounts();
  const count = (category: Category, key: keyof Counts) => {
    counts.all[key]++;
    counts[category][key]++;
  };
  const scoredPairs: AttributionPair[] = [];
  gold.forEach((attribution, goldIndex) => {
    const category = goldCategory[goldIndex];
    count(category, "gold");
    const p = pairs.get(goldIndex);
    if (p === undefined) return;
    const prediction = predicted[p];
    count(category, "predicted");
    count(category, "matched");
    const exact = exactKey(text, attribution.content) === exactKey(text, prediction.content);
    if (exact) count(category, "exact");
    const sourceName = sourceNameWord(text, attribution.source, midSentence);
    const speakerRight = sourceName === null ? null : speakerAgrees(sourceName, prediction.speaker);
    if (sourceName !== null) count(category, "namedSources");
    if (speakerRight === true) count(category, "speakerRight");
    scoredPairs.push({
      gold: attribution.id,
      predicted: prediction.id,
      category,
      coverage: coverage[goldIndex][p],
      exact,
      sourceName,
      predictedSpeaker: prediction.speaker?.name ?? null,
      speakerRight,
    });
  });

  const matchedPredictions = new Set(pairs.values());
  const spurious: Spurious[] = [];
  predicted.forEach((prediction, p) => {
    if (matchedPredictions.has(p)) return;
    const category = categoryOf(quotedShare(text, quoted, prediction.content));
    count(category, "predicted");
    spurious.push({
      id: prediction.id,
      category,
      content: predictedContent[p],
      speaker: prediction.speaker?.name ?? null,
    });
  });
  const pairedGold = new Map([...pairs].map(([goldIndex, p]) => [p, gold[goldIndex].id]));
  const nearest = (goldIndex: number): Miss["nearest"] => {
    const best = coverage[goldIndex].reduce(
      (top, share, p) => (share > coverage[goldIndex][top] ? p : top),
      0,
    );
    const share = coverage[goldIndex][best] ?? 0;
    return share > 0 ? { coverage: share, pairedWith: pairedGold.get(best) ?? null } : null;
  };
  const missed: Miss[] = gold
    .map((attribution, goldIndex) => ({ attribution, goldIndex }))
    .filter(({ goldIndex }) => !pairs.has(goldIndex))
    .map(({ attribution, goldIndex }) => ({
      id: attribution.id,
      category: goldCategory[goldIndex],
      content: normalized(attribution.content),
      source: normalized(attribution.source),
      nearest: nearest(goldIndex),
    }));
  return { counts, pairs: scoredPairs, missed, spurious };
}
