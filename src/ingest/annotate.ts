// The NLP server's annotations (Stanford CoreNLP: tokens, sentences, parts of speech, lemmas, named
// entities, dependencies) as our own types, with offsets into the article text. Pure: the HTTP call lives
// in src/nlp/corenlp-client.ts; this module only reads what the server answered.
import type { Span } from "./text";

export interface NlpToken extends Span {
  /** Position in its sentence's token list (0-based). */
  index: number;
  /** The text as written (CoreNLP's originalText): `“` stays `“`, `Mr.` stays `Mr.`. */
  text: string;
  lower: string;
  lemma: string;
  /** Penn Treebank tag: NNP, VBD, PRP… (`` and '' for quotation marks). */
  pos: string;
  /** Named-entity class: PERSON, ORGANIZATION, CITY, COUNTRY, STATE_OR_PROVINCE, TITLE, DATE… or O. */
  ner: string;
}

export interface Dependency {
  /** Universal Dependencies relation: nsubj, ccomp, obl:according_to… */
  relation: string;
  /** Index of the head token in the sentence, -1 for the root. */
  head: number;
  dependent: number;
}

export interface NlpEntityMention extends Span {
  /** First token and one past the last token in the sentence. */
  tokenStart: number;
  tokenEnd: number;
  ner: string;
  text: string;
  /** A date's or a number's normalised value: "2016-09-12", "XXXX-WXX-5" (a Friday), "PAST_REF". */
  normalized?: string;
}

export interface NlpSentence extends Span {
  /** Position in the article (0-based). */
  index: number;
  tokens: NlpToken[];
  /** Basic dependencies: a tree. */
  dependencies: Dependency[];
  /** Enhanced++ dependencies: subjects shared across conjoined and controlled verbs, prepositions in the relation. */
  enhanced: Dependency[];
  entities: NlpEntityMention[];
}

export interface Annotation {
  sentences: NlpSentence[];
}

// ------------------------------------------------------------------------------------ the server's JSON

interface CoreNlpToken {
  index: number;
  word: string;
  originalText: string;
  lemma: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  pos: string;
  ner: string;
}

interface CoreNlpDependency {
  dep: string;
  governor: number;
  dependent: number;
}

interface CoreNlpEntityMention {
  tokenBegin: number;
  tokenEnd: number;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  ner: string;
  text: string;
  normalizedNER?: string;
  timex?: { value?: string };
}

interface CoreNlpSentence {
  index: number;
  tokens: CoreNlpToken[];
  basicDependencies?: CoreNlpDependency[];
  enhancedPlusPlusDependencies?: CoreNlpDependency[];
  entitymentions?: CoreNlpEntityMention[];
}

export class AnnotationFormatError extends Error {}

function isSentenceList(value: unknown): value is CoreNlpSentence[] {
  return (
    Array.isArray(value) &&
    value.every(
      (sentence: unknown) =>
        typeof sentence === "object" &&
        sentence !== null &&
        Array.isArray((sentence as { tokens?: unknown }).tokens),
    )
  );
}

function dependenciesOf(list: readonly CoreNlpDependency[] | undefined): Dependency[] {
  // CoreNLP numbers tokens from 1 and the root's governor is 0.
  return (list ?? []).map((dependency) => ({
    relation: dependency.dep,
    head: dependency.governor - 1,
    dependent: dependency.dependent - 1,
  }));
}

/**
 * Reads one answer of the server. `offset` is where the annotated chunk starts in the article, so long
 * articles can be annotated in pieces; `firstSentence` numbers the chunk's sentences after earlier chunks'.
 */
export function readCoreNlpAnswer(json: unknown, offset = 0, firstSentence = 0): Annotation {
  const sentences = (json as { sentences?: unknown } | null)?.sentences;
  if (!isSentenceList(sentences)) throw new AnnotationFormatError("the NLP server's answer has no sentences");
  return {
    sentences: sentences.map((sentence, position) => {
      const tokens = sentence.tokens.map((token, index): NlpToken => ({
        index,
        text: token.originalText,
        lower: token.originalText.toLowerCase(),
        lemma: token.lemma,
        pos: token.pos,
        ner: token.ner,
        start: token.characterOffsetBegin + offset,
        end: token.characterOffsetEnd + offset,
      }));
      return {
        index: firstSentence + position,
        start: tokens[0]?.start ?? offset,
        end: tokens[tokens.length - 1]?.end ?? offset,
        tokens,
        dependencies: dependenciesOf(sentence.basicDependencies),
        enhanced: dependenciesOf(sentence.enhancedPlusPlusDependencies),
        entities: (sentence.entitymentions ?? []).map((mention) => ({
          tokenStart: mention.tokenBegin,
          tokenEnd: mention.tokenEnd,
          ner: mention.ner,
          text: mention.text,
          normalized: mention.timex?.value ?? mention.normalizedNER,
          start: mention.characterOffsetBegin + offset,
          end: mention.characterOffsetEnd + offset,
        })),
      };
    }),
  };
}

/** Several chunks' annotations as one article's, in order. */
export function joinAnnotations(parts: readonly Annotation[]): Annotation {
  return { sentences: parts.flatMap((part) => part.sentences) };
}

/**
 * Cuts a text into chunks of at most `maxLength` characters at line breaks (a line longer than that is cut
 * at its last space before the limit), so that each request to the NLP server stays small.
 */
export function chunksOf(text: string, maxLength: number): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  while (text.length - start > maxLength) {
    const window = text.slice(start, start + maxLength);
    let cut = window.lastIndexOf("\n");
    if (cut <= 0) cut = window.lastIndexOf(" ");
    if (cut <= 0) cut = maxLength;
    chunks.push({ start, end: start + cut });
    start += cut;
  }
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}
