// Scores an Extraction against curated gold records (seed format). Pure: no files, no database.
//
// Definitions
// - Double-quoted passage: the words between a pair of double quotation marks (straight or curly) found by
//   quotes.ts, without the marks.
// - Quotation spans of a statement (gold or extracted), read in the article text:
//     QUOTE: where its `text` stands verbatim inside its evidence (first occurrence), if it does;
//     otherwise (and for every other kind): the double-quoted passages inside its evidence whose words the
//     statement's text contains (compared after normalizeForSearch, lower case, edge punctuation dropped).
//   A statement with no quotation spans is not a quotation. So the gold quotations are every gold QUOTE
//   and every gold statement whose evidence holds a double-quoted passage that the statement reproduces.
// - Coverage of A by B: characters of A's spans that lie in B's spans, divided by A's characters.
// - Quotation recall (30%): a gold quotation is found when one extracted quotation covers ≥ 30% of it.
//   Quotation precision (30%): an extracted quotation is right when one gold quotation covers ≥ 30% of it.
//   Exact: the same, but the spans must be equal once whitespace and edge punctuation are trimmed.
// - Entity mapping: an extracted entity maps to the gold entity sharing the most normalised names
//   (name and aliases: lower case, straight apostrophes, no leading "the", no possessive); ties go to
//   an entity the article's gold records refer to (several articles may each have their "officials"),
//   then to the same type, then to an equal name. Ids of known entities map to themselves.
// - Speaker accuracy: over gold quotations found at 30%, the extracted quotation covering most of it
//   (ties: same kind as the gold statement, then the shorter quotation) must have a speaker that maps to
//   the gold speaker.
// - Entities: an extracted entity is right when it maps to a gold entity of the same type (precision);
//   a gold entity the article's gold records refer to is found when an extracted entity of its type maps
//   to it (recall). Per type and overall.
// - Statements (every kind, quotation or not): a gold statement and an extracted one match when their
//   evidence spans overlap and their texts share at least half the content words of the shorter text;
//   pairs are matched one to one, best match first (most shared, then most alike overall). Recall over gold statements, precision over extracted
//   ones; statement speaker accuracy is over the matched pairs, through the entity mapping.
// - STRUCK and LOCATED_IN recall: a gold relationship is found when an extracted one of the same type has
//   both ends mapping to its ends. Precision likewise, over extracted relationships of that type.
import { EntityType, RelationshipType, StatementKind } from "../graph/model";
import type { Evidence } from "../graph/provenance";
import { normalizeForSearch, searchTokens } from "../graph/search-text";
import { findQuotations, type Quotation } from "./stages/quotations";
import { nameKey, type Span } from "./text";
import type { Extraction } from "./types";

export interface GoldEntity {
  id: string;
  type: EntityType | string;
  name: string;
  aliases: string[];
}

export interface GoldStatement {
  id: string;
  speaker: string;
  kind: StatementKind | string;
  text: string;
  via?: string[];
  mentions?: string[];
  evidence: Evidence;
}

export interface GoldRelationship {
  type: string;
  from: string;
  to: string;
}

export interface GoldArticle {
  article?: { publisher?: string };
  statements: GoldStatement[];
  relationships: GoldRelationship[];
}

export interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  /** Right predictions over predictions (may differ from truePositives/expected matches). */
  precision: number;
  recall: number;
  f1: number;
}

export interface QuotationMiss {
  id: string;
  speaker: string;
  words: string;
}

export interface SpeakerMiss {
  gold: string;
  goldSpeaker: string;
  extractedSpeaker: string;
  mappedTo: string | null;
  words: string;
}

export interface SpeakerAccuracy {
  correct: number;
  total: number;
  accuracy: number;
  misses: SpeakerMiss[];
}

export interface Evaluation {
  quotations: {
    coverage: Score;
    exact: Score;
    missed: QuotationMiss[];
    spurious: QuotationMiss[];
  };
  speakers: SpeakerAccuracy;
  /** Every statement, quotation or not, matched by evidence and words. */
  statements: { score: Score; speakers: SpeakerAccuracy; missed: QuotationMiss[]; spurious: QuotationMiss[] };
  entities: Record<string, Score>;
  struck: Score;
  locatedIn: Score;
}

export interface EvaluationInput {
  text: string;
  extraction: Extraction;
  goldEntities: readonly GoldEntity[];
  gold: GoldArticle;
}

const COVERAGE_THRESHOLD = 0.3;
const SHARED_WORDS_THRESHOLD = 0.5;
/** Words too common to tell two statements apart. */
const FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "in",
  "on",
  "at",
  "and",
  "or",
  "that",
  "it",
  "its",
  "was",
  "were",
  "is",
  "are",
  "had",
  "has",
  "have",
  "be",
  "been",
  "by",
  "for",
  "with",
  "would",
  "will",
]);

interface StatementQuotation {
  id: string;
  speaker: string;
  kind: string;
  spans: Span[];
  words: string;
}

// ---------------------------------------------------------------------------------------------- spans

function comparable(value: string): string {
  return normalizeForSearch(value)
    .toLowerCase()
    .replace(/^[\s"'.,;:!?]+|[\s"'.,;:!?]+$/g, "");
}

function quotationSpans(
  statement: Pick<GoldStatement, "kind" | "text" | "evidence">,
  text: string,
  doubles: readonly Quotation[],
): Span[] {
  const { start, end } = statement.evidence;
  const excerpt = text.slice(start, end);
  if (statement.kind === StatementKind.QUOTE) {
    const at = excerpt.indexOf(statement.text);
    if (statement.text.length > 0 && at >= 0)
      return [{ start: start + at, end: start + at + statement.text.length }];
  }
  const statementWords = comparable(statement.text);
  const passages = doubles.filter((quote) => quote.start >= start && quote.end <= end);
  const owned = passages.filter((quote) => {
    const words = comparable(text.slice(quote.start, quote.end));
    return words.length > 0 && statementWords.includes(words);
  });
  return owned.map((quote) => ({ start: quote.start, end: quote.end }));
}

function spanLength(spans: readonly Span[]): number {
  return spans.reduce((sum, span) => sum + (span.end - span.start), 0);
}

function overlapLength(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (const left of a) {
    for (const right of b)
      total += Math.max(0, Math.min(left.end, right.end) - Math.max(left.start, right.start));
  }
  return total;
}

function coverage(covered: readonly Span[], by: readonly Span[]): number {
  const length = spanLength(covered);
  return length === 0 ? 0 : overlapLength(covered, by) / length;
}

function trimmedSpans(text: string, spans: readonly Span[]): string {
  return spans
    .map((span) => {
      let { start, end } = span;
      while (start < end && /[\s"'“”‘’.,;:!?]/.test(text[start])) start++;
      while (end > start && /[\s"'“”‘’.,;:!?]/.test(text[end - 1])) end--;
      return `${start}-${end}`;
    })
    .sort()
    .join(",");
}

function quotationsOf(
  statements: readonly Pick<GoldStatement, "id" | "speaker" | "kind" | "text" | "evidence">[],
  text: string,
  doubles: readonly Quotation[],
): StatementQuotation[] {
  return statements
    .map((statement) => ({
      id: statement.id,
      speaker: statement.speaker,
      kind: statement.kind,
      spans: quotationSpans(statement, text, doubles),
      words: statement.text,
    }))
    .filter((quotation) => quotation.spans.length > 0);
}

function score(
  truePositivesPredicted: number,
  predicted: number,
  truePositivesExpected: number,
  expected: number,
): Score {
  const precision = predicted === 0 ? 0 : truePositivesPredicted / predicted;
  const recall = expected === 0 ? 0 : truePositivesExpected / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: truePositivesExpected, predicted, expected, precision, recall, f1 };
}

// ---------------------------------------------------------------------------------------------- entity mapping

class EntityMapper {
  private readonly mapped = new Map<string, string | null>();
  private readonly goldById = new Map<string, GoldEntity>();
  private readonly goldByKey = new Map<string, GoldEntity[]>();

  constructor(
    goldEntities: readonly GoldEntity[],
    private readonly extraction: Extraction,
    private readonly referenced: ReadonlySet<string>,
  ) {
    for (const entity of goldEntities) {
      this.goldById.set(entity.id, entity);
      for (const key of new Set([entity.name, ...entity.aliases].map(nameKey))) {
        const list = this.goldByKey.get(key) ?? [];
        list.push(entity);
        this.goldByKey.set(key, list);
      }
    }
  }

  goldType(id: string): string | undefined {
    return this.goldById.get(id)?.type;
  }

  map(extractedId: string): string | null {
    const cached = this.mapped.get(extractedId);
    if (cached !== undefined) return cached;
    const entity = this.extraction.entities.find((candidate) => candidate.id === extractedId);
    let result: string | null = null;
    if (entity === undefined) {
      result = this.goldById.has(extractedId) ? extractedId : null;
    } else {
      const votes = new Map<string, number>();
      for (const key of new Set([entity.name, ...entity.aliases].map(nameKey))) {
        for (const gold of this.goldByKey.get(key) ?? []) votes.set(gold.id, (votes.get(gold.id) ?? 0) + 1);
      }
      const ranked = [...votes.entries()].sort((a, b) => {
        if (b[1] !== a[1]) return b[1] - a[1];
        const inArticle = (id: string) => Number(this.referenced.has(id));
        if (inArticle(b[0]) !== inArticle(a[0])) return inArticle(b[0]) - inArticle(a[0]);
        const sameType = (id: string) => Number(this.goldById.get(id)?.type === entity.type);
        if (sameType(b[0]) !== sameType(a[0])) return sameType(b[0]) - sameType(a[0]);
        const sameName = (id: string) =>
          Number(nameKey(this.goldById.get(id)?.name ?? "") === nameKey(entity.name));
        return sameName(b[0]) - sameName(a[0]);
      });
      result = ranked[0]?.[0] ?? null;
    }
    this.mapped.set(extractedId, result);
    return result;
  }
}

// ---------------------------------------------------------------------------------------------- scoring

function scoreQuotations(
  input: EvaluationInput,
  mapper: EntityMapper,
): Pick<Evaluation, "quotations" | "speakers"> {
  const { text, extraction, gold } = input;
  const doubles = findQuotations(text).filter((quote) => quote.style === "double");
  const goldQuotations = quotationsOf(gold.statements, text, doubles);
  const extracted = quotationsOf(extraction.statements, text, doubles);

  const bestFor = (goldQuotation: StatementQuotation) =>
    extracted
      .map((candidate) => ({ candidate, covered: coverage(goldQuotation.spans, candidate.spans) }))
      .filter((entry) => entry.covered >= COVERAGE_THRESHOLD)
      .sort(
        (a, b) =>
          b.covered - a.covered ||
          Number(b.candidate.kind === goldQuotation.kind) - Number(a.candidate.kind === goldQuotation.kind) ||
          spanLength(a.candidate.spans) - spanLength(b.candidate.spans),
      )[0]?.candidate;

  const found = goldQuotations.filter((goldQuotation) => bestFor(goldQuotation) !== undefined);
  const right = extracted.filter((candidate) =>
    goldQuotations.some(
      (goldQuotation) => coverage(candidate.spans, goldQuotation.spans) >= COVERAGE_THRESHOLD,
    ),
  );
  const exactKey = (quotation: StatementQuotation) => trimmedSpans(text, quotation.spans);
  const goldExact = new Set(goldQuotations.map(exactKey));
  const extractedExact = new Set(extracted.map(exactKey));

  const misses: SpeakerMiss[] = [];
  let correct = 0;
  for (const goldQuotation of found) {
    const best = bestFor(goldQuotation) as StatementQuotation;
    const mappedTo = mapper.map(best.speaker);
    if (mappedTo === goldQuotation.speaker) correct++;
    else {
      misses.push({
        gold: goldQuotation.id,
        goldSpeaker: goldQuotation.speaker,
        extractedSpeaker: best.speaker,
        mappedTo,
        words: goldQuotation.words.slice(0, 80),
      });
    }
  }

  return {
    quotations: {
      coverage: score(right.length, extracted.length, found.length, goldQuotations.length),
      exact: score(
        extracted.filter((quotation) => goldExact.has(exactKey(quotation))).length,
        extracted.length,
        goldQuotations.filter((quotation) => extractedExact.has(exactKey(quotation))).length,
        goldQuotations.length,
      ),
      missed: goldQuotations
        .filter((quotation) => !found.includes(quotation))
        .map((quotation) => ({
          id: quotation.id,
          speaker: quotation.speaker,
          words: quotation.words.slice(0, 80),
        })),
      spurious: extracted
        .filter((quotation) => !right.includes(quotation))
        .map((quotation) => ({
          id: quotation.id,
          speaker: quotation.speaker,
          words: quotation.words.slice(0, 80),
        })),
    },
    speakers: {
      correct,
      total: found.length,
      accuracy: found.length === 0 ? 0 : correct / found.length,
      misses,
    },
  };
}

function referencedGoldEntities(gold: GoldArticle): Set<string> {
  const ids = new Set<string>();
  if (gold.article?.publisher !== undefined) ids.add(gold.article.publisher);
  for (const statement of gold.statements) {
    ids.add(statement.speaker);
    for (const id of [...(statement.via ?? []), ...(statement.mentions ?? [])]) ids.add(id);
  }
  for (const relationship of gold.relationships) {
    for (const id of [relationship.from, relationship.to]) if (!id.startsWith("statement/")) ids.add(id);
  }
  return ids;
}

function contentWords(value: string): Set<string> {
  return new Set(searchTokens(value).filter((word) => !FUNCTION_WORDS.has(word)));
}

function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): { share: number; jaccard: number } {
  const shared = [...a].filter((word) => b.has(word)).length;
  const smaller = Math.min(a.size, b.size);
  const union = a.size + b.size - shared;
  return { share: smaller === 0 ? 0 : shared / smaller, jaccard: union === 0 ? 0 : shared / union };
}

function scoreStatements(input: EvaluationInput, mapper: EntityMapper): Evaluation["statements"] {
  const { gold, extraction } = input;
  const candidates: { gold: number; extracted: number; share: number; jaccard: number }[] = [];
  const goldWords = gold.statements.map((statement) => contentWords(statement.text));
  const extractedWords = extraction.statements.map((statement) => contentWords(statement.text));
  gold.statements.forEach((goldStatement, goldIndex) => {
    extraction.statements.forEach((extracted, extractedIndex) => {
      if (overlapLength([goldStatement.evidence], [extracted.evidence]) === 0) return;
      const { share, jaccard } = sharedWords(goldWords[goldIndex], extractedWords[extractedIndex]);
      if (share >= SHARED_WORDS_THRESHOLD)
        candidates.push({ gold: goldIndex, extracted: extractedIndex, share, jaccard });
    });
  });
  candidates.sort(
    (a, b) => b.share - a.share || b.jaccard - a.jaccard || a.gold - b.gold || a.extracted - b.extracted,
  );
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const candidate of candidates) {
    if (pairs.has(candidate.gold) || taken.has(candidate.extracted)) continue;
    pairs.set(candidate.gold, candidate.extracted);
    taken.add(candidate.extracted);
  }
  const misses: SpeakerMiss[] = [];
  let correct = 0;
  for (const [goldIndex, extractedIndex] of pairs) {
    const goldStatement = gold.statements[goldIndex];
    const extracted = extraction.statements[extractedIndex];
    const mappedTo = mapper.map(extracted.speaker);
    if (mappedTo === goldStatement.speaker) correct++;
    else
      misses.push({
        gold: goldStatement.id,
        goldSpeaker: goldStatement.speaker,
        extractedSpeaker: extracted.speaker,
        mappedTo,
        words: goldStatement.text.slice(0, 80),
      });
  }
  const missOf = (statement: Pick<GoldStatement, "id" | "speaker" | "text">): QuotationMiss => ({
    id: statement.id,
    speaker: statement.speaker,
    words: statement.text.slice(0, 80),
  });
  return {
    score: score(pairs.size, extraction.statements.length, pairs.size, gold.statements.length),
    speakers: {
      correct,
      total: pairs.size,
      accuracy: pairs.size === 0 ? 0 : correct / pairs.size,
      misses,
    },
    missed: gold.statements.filter((_, index) => !pairs.has(index)).map(missOf),
    spurious: extraction.statements.filter((_, index) => !taken.has(index)).map(missOf),
  };
}

function scoreEntities(
  input: EvaluationInput,
  mapper: EntityMapper,
  referenced: ReadonlySet<string>,
): Record<string, Score> {
  const goldInArticle = input.goldEntities.filter((entity) => referenced.has(entity.id));
  const result: Record<string, Score> = {};
  for (const type of [...Object.values(EntityType), "all"]) {
    const ofType = (entityType: string) => type === "all" || entityType === type;
    const predicted = input.extraction.entities.filter((entity) => ofType(entity.type));
    const right = predicted.filter((entity) => {
      const mapped = mapper.map(entity.id);
      return mapped !== null && mapper.goldType(mapped) === entity.type;
    });
    const expected = goldInArticle.filter((entity) => ofType(entity.type));
    const foundIds = new Set(
      input.extraction.entities
        .filter((entity) => ofType(entity.type))
        .map((entity) => mapper.map(entity.id))
        .filter((id): id is string => id !== null),
    );
    const found = expected.filter((entity) => foundIds.has(entity.id));
    result[type] = score(right.length, predicted.length, found.length, expected.length);
  }
  return result;
}

function scoreRelationships(input: EvaluationInput, mapper: EntityMapper, type: RelationshipType): Score {
  const goldPairs = input.gold.relationships.filter((relationship) => relationship.type === type);
  const extracted = input.extraction.relationships.filter((relationship) => relationship.type === type);
  const mappedPairs = new Set(
    extracted.map((relationship) => `${mapper.map(relationship.from)}|${mapper.map(relationship.to)}`),
  );
  const goldKeys = new Set(goldPairs.map((relationship) => `${relationship.from}|${relationship.to}`));
  const found = goldPairs.filter((relationship) =>
    mappedPairs.has(`${relationship.from}|${relationship.to}`),
  );
  const right = extracted.filter((relationship) =>
    goldKeys.has(`${mapper.map(relationship.from)}|${mapper.map(relationship.to)}`),
  );
  return score(right.length, extracted.length, found.length, goldPairs.length);
}

export function evaluateExtraction(input: EvaluationInput): Evaluation {
  const referenced = referencedGoldEntities(input.gold);
  const mapper = new EntityMapper(input.goldEntities, input.extraction, referenced);
  return {
    ...scoreQuotations(input, mapper),
    statements: scoreStatements(input, mapper),
    entities: scoreEntities(input, mapper, referenced),
    struck: scoreRelationships(input, mapper, RelationshipType.STRUCK),
    locatedIn: scoreRelationships(input, mapper, RelationshipType.LOCATED_IN),
  };
}
