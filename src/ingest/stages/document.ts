// The article as the rules read it: the NLP server's sentences with their paragraph, their role (headline,
// boilerplate, body), the quotation each token lies in, and the dependency tree walked both ways.
import type { Annotation, Dependency, NlpSentence, NlpToken } from "../annotate";
import { isBoilerplateLine } from "../lexicon/boilerplate";
import type { Span } from "../text";
import { findQuotations, isSignedQuotationLine, type Quotation } from "./quotations";

export interface Sentence extends NlpSentence {
  /** Line of the text (0-based); a line is a paragraph, a headline or a bullet. */
  line: number;
  /** Position among the non-empty lines (0-based), so "the previous paragraph" is paragraph - 1. */
  paragraph: number;
  /** The title or a heading: read for names, not for statements. */
  headline: boolean;
  /** A byline, a dateline, "Editor's note", "Read more": never a speaker, never a statement. */
  boilerplate: boolean;
  /** Head of each token (-1 for the root) and the relation to it, from the basic dependencies. */
  heads: number[];
  relations: string[];
  /** Dependents of each token, in token order. */
  dependents: number[][];
  /** The innermost quotation whose words or marks include each token. */
  quotationOf: (Quotation | undefined)[];
}

export interface ArticleDocument {
  text: string;
  title: string;
  sentences: Sentence[];
  quotations: Quotation[];
}

const MAX_HEADING_LENGTH = 150;
const TERMINAL_PUNCTUATION = /[.!?:"\u201D\u2019')\]]$/;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function lineText(text: string, starts: readonly number[], line: number): string {
  const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
  return text.slice(starts[line], end).trim();
}

/**
 * The title (a page may end it with a full stop the title field leaves out), a bullet or a short line
 * without a full stop: a heading rather than prose.
 */
function isHeadingLine(line: string, title: string): boolean {
  const unstopped = (words: string) => words.trim().replace(/[.!?]+$/, "");
  if (title.trim() !== "" && unstopped(line) === unstopped(title)) return true;
  if (/^[-*•\u2013\u2014]\s/.test(line)) return true;
  return (
    line.length <= MAX_HEADING_LENGTH && !TERMINAL_PUNCTUATION.test(line) && !isSignedQuotationLine(line)
  );
}

function treeOf(tokens: readonly NlpToken[], dependencies: readonly Dependency[]) {
  const heads = tokens.map(() => -1);
  const relations = tokens.map(() => "root");
  const dependents: number[][] = tokens.map(() => []);
  for (const dependency of dependencies) {
    if (dependency.dependent < 0 || dependency.dependent >= tokens.length) continue;
    heads[dependency.dependent] = dependency.head;
    relations[dependency.dependent] = dependency.relation;
    if (dependency.head >= 0) dependents[dependency.head].push(dependency.dependent);
  }
  for (const list of dependents) list.sort((a, b) => a - b);
  return { heads, relations, dependents };
}

/** The innermost quotation whose marks enclose a span (quotations are sorted by their opening mark). */
function innermost(quotations: readonly Quotation[], span: Span): Quotation | undefined {
  let found: Quotation | undefined;
  for (const quotation of quotations) {
    if (quotation.open > span.start) break;
    if (span.end <= quotation.after) found = quotation;
  }
  return found;
}

/** The sentence an offset lies in (its end counted in), or -1. */
export function sentenceAt(document: ArticleDocument, offset: number): number {
  return document.sentences.findIndex((sentence) => sentence.start <= offset && offset < sentence.end + 1);
}

export function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((line) => line.trim().length > 0) ?? "article").trim().replace(/:$/, "");
}

export function readDocument(text: string, annotation: Annotation, title?: string): ArticleDocument {
  const articleTitle = title ?? firstLine(text);
  const quotations = findQuotations(text);
  const starts = lineStarts(text);
  const paragraphOfLine = new Map<number, number>();
  const titleLine = lineOf(starts, annotation.sentences[0]?.start ?? 0);
  const sentences = annotation.sentences.map((sentence): Sentence => {
    const line = lineOf(starts, sentence.start);
    if (!paragraphOfLine.has(line)) paragraphOfLine.set(line, paragraphOfLine.size);
    const words = lineText(text, starts, line);
    return {
      ...sentence,
      line,
      paragraph: paragraphOfLine.get(line) ?? 0,
      // Without a title given, the first line is the title.
      headline: (title === undefined && line === titleLine) || isHeadingLine(words, articleTitle),
      boilerplate: isBoilerplateLine(words),
      ...treeOf(sentence.tokens, sentence.dependencies),
      quotationOf: sentence.tokens.map((token) => innermost(quotations, token)),
    };
  });
  return { text, title: articleTitle, sentences, quotations };
}

// ------------------------------------------------------------------------------------------ tree walks

/** Every token under `head`, itself included, leaving out the subtrees rooted at `skip`. */
export function subtree(sentence: Sentence, head: number, skip: ReadonlySet<number> = new Set()): number[] {
  const found: number[] = [];
  const stack = [head];
  while (stack.length > 0) {
    const token = stack.pop() as number;
    if (skip.has(token) && token !== head) continue;
    found.push(token);
    stack.push(...sentence.dependents[token]);
  }
  return found.sort((a, b) => a - b);
}

/** The characters a set of tokens covers, first to last. */
export function spanOfTokens(sentence: Sentence, tokens: readonly number[]): Span {
  const first = Math.min(...tokens);
  const last = Math.max(...tokens);
  return { start: sentence.tokens[first].start, end: sentence.tokens[last].end };
}

export function dependentsBy(sentence: Sentence, head: number, relation: RegExp): number[] {
  return sentence.dependents[head].filter((dependent) => relation.test(sentence.relations[dependent]));
}

/** Enhanced++ dependents of a token: subjects shared by conjoined verbs, "according to" as one relation. */
export function enhancedDependents(sentence: Sentence, head: number, relation: RegExp): number[] {
  return sentence.enhanced
    .filter((dependency) => dependency.head === head && relation.test(dependency.relation))
    .map((dependency) => dependency.dependent);
}

export function isVerb(token: NlpToken): boolean {
  return token.pos.startsWith("VB");
}

/** A noun or a personal pronoun: a word that may name who spoke. */
export function isNominal(token: NlpToken): boolean {
  return /^(?:NN|PRP$)/.test(token.pos);
}

export function isQuoteMark(token: NlpToken): boolean {
  return token.pos === "``" || token.pos === "''";
}

export function isPunctuation(token: NlpToken): boolean {
  return !/[\p{L}\p{N}]/u.test(token.text);
}
