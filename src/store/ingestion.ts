// Ingestion into the graph: find out whether the text is already stored, extract its facts (through
// src/ingest/run-extraction.ts), link them to the entities the graph knows, leave out what maintainers
// rejected before, check them like seed records, and write them in one transaction.
//
// Idempotent: a text already stored, read by the current extractor, changes nothing (`unchanged`),
// whatever was ingested in between. A text stored by an older extractor is read again: its unreviewed
// extractions are replaced; curated facts and reviewers' decisions (accepted, corrected, rejected) stay.
import { cypher } from "../db/cypher";
import type { Database, Transaction } from "../db/database";
import { ChangeKind, Origin, RelationshipType, STATEMENT_RELATIONSHIPS, type EndKind } from "../graph/model";
import { admitArticleText } from "../ingest/text-admission";
import { EXTRACTOR_VERSION } from "../ingest/marks";
import type { Extractor } from "../ingest/extractor";
import type { KnownEntityWithEvidence } from "../ingest/stages/linking";
import type { ArticleInput, Extraction, ExtractionProblem, KnownEntity } from "../ingest/types";
import {
  articleRow,
  emptyBatch,
  entityRow,
  listedRelationshipRow,
  statementRelationshipRows,
  statementRow,
  textHash,
  type GraphBatch,
} from "../seed/graph-batch";
import type { SeedBundle } from "../seed/read";
import type { ArticleFileRecord, RelationshipRecord } from "../seed/records";
import { validateSeed } from "../seed/validate";
import { appendChanges, entityEnds, type NewChange } from "./changes";
import { writeBatch } from "./graph-loader";
import { groupStatements, withEmptyUtterancesDropped } from "./utterances";

export interface IngestOptions {
  /** Extract and check, but write nothing. */
  dryRun?: boolean;
}

export interface IngestSummary {
  articleId: string;
  title: string;
  statements: number;
  entitiesNew: number;
  entitiesLinked: number;
  strikes: number;
  relationships: number;
  needsReview: number;
  /** Records left out because a maintainer rejected them earlier. */
  rejectedBefore: number;
  dryRun: boolean;
  /** The text was stored already, read by this extractor (or curated): nothing was (or would be) written. */
  unchanged: boolean;
  /** Records the extractor corrected or left out because they broke the seed's rules, with the reason. */
  problems: ExtractionProblem[];
}

export interface IngestOutcome {
  summary: IngestSummary;
  /** What the extractor found: given for a dry run only. */
  extraction: Extraction | null;
}

/** An article stored with the same text. */
interface StoredArticle {
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: string;
  origin: Origin | null;
  extractorVersion: string | null;
}

/** Reading the article again would change nothing: a curator wrote it, or this extractor read it. */
function isCurrent(article: Pick<StoredArticle, "origin" | "extractorVersion">): boolean {
  return article.origin === Origin.CURATED || article.extractorVersion === EXTRACTOR_VERSION;
}

async function storedArticle(db: Database, text: string): Promise<StoredArticle | undefined> {
  const [row] = await db.read<StoredArticle & Record<string, unknown>>(cypher("store/ingested-article"), {
    textHash: textHash(text),
  });
  return row;
}

/** What an article holds now: the answer to an ingestion that changed nothing. */
async function storedSummary(run: Database["read"], articleId: string): Promise<IngestSummary> {
  const [row] = await run<
    Omit<IngestSummary, "articleId" | "dryRun" | "unchanged" | "entitiesNew" | "problems">
  >(cypher("store/ingested-article-summary"), { articleId });
  return { articleId, ...row, entitiesNew: 0, dryRun: false, unchanged: true, problems: [] };
}

/**
 * The entities the extractor may link to: every entity, except those only this article's unreviewed
 * extractions refer to, which reading the article again replaces.
 */
async function knownEntities(
  db: Database,
  articleId: string | undefined,
): Promise<KnownEntityWithEvidence[]> {
  const all = await db.read<KnownEntityWithEvidence & Record<string, unknown>>(
    cypher("store/known-entities"),
  );
  if (articleId === undefined) return all;
  const [own] = await db.read<{ ids: string[] }>(cypher("store/ingestion-own-entities"), { articleId });
  const replaced = new Set(own?.ids ?? []);
  return all.filter((entity) => !replaced.has(entity.id));
}

async function rejectedIds(db: Database, articleId: string): Promise<Set<string>> {
  const [row] = await db.read<{ ids: string[] }>(cypher("store/rejected-extractions"), { articleId });
  return new Set(row?.ids ?? []);
}

/** Drops rejected records and everything that hangs on them (a rejected speaker's statements…). */
function withoutRejected(
  extraction: Extraction,
  rejected: Set<string>,
): { extraction: Extraction; dropped: number } {
  const entities = extraction.entities.filter((entity) => !rejected.has(entity.id));
  const gone = new Set([
    ...rejected,
    ...extraction.entities.filter((e) => rejected.has(e.id)).map((e) => e.id),
  ]);
  const statements = extraction.statements
    .filter((statement) => !gone.has(statement.id) && !gone.has(statement.speaker))
    .map((statement) => ({
      ...statement,
      via: statement.via.filter((id) => !gone.has(id)),
      mentions: statement.mentions.filter((id) => !gone.has(id)),
    }));
  const kept = new Set(statements.map((statement) => statement.id));
  const droppedStatements = extraction.statements.filter((statement) => !kept.has(statement.id));
  for (const statement of droppedStatements) gone.add(statement.id);
  const relationships = extraction.relationships.filter(
    (relationship) =>
      !gone.has(relationship.from) &&
      !gone.has(relationship.to) &&
      !rejected.has(listedRelationshipRow(extraction.article.id, relationship).id),
  );
  const dropped =
    extraction.entities.length -
    entities.length +
    droppedStatements.length +
    extraction.relationships.length -
    relationships.length;
  return { extraction: { ...extraction, entities, statements, relationships }, dropped };
}

function batchOf(extraction: Extraction, text: string, known: Map<string, KnownEntity>): GraphBatch {
  const { article } = extraction;
  const publisher = article.publisher
    ? (known.get(article.publisher)?.name ??
      extraction.entities.find((e) => e.id === article.publisher)?.name ??
      null)
    : null;
  const batch = emptyBatch();
  // extractedFrom: the article that introduced the entity, whose re-reading may replace it.
  batch.entities = extraction.entities.map((entity) => {
    const row = entityRow(entity);
    return { ...row, properties: { ...row.properties, extractedFrom: article.id } };
  });
  batch.articles.push(articleRow(article, text, publisher, Origin.EXTRACTED, EXTRACTOR_VERSION));
  for (const statement of extraction.statements) {
    batch.statements.push(statementRow(article.id, statement));
    batch.relationships.push(...statementRelationshipRows(article.id, statement));
  }
  batch.relationships.push(...extraction.relationships.map((r) => listedRelationshipRow(article.id, r)));
  return batch;
}

/**
 * The batch without the statements that stayed through a replacement (accepted, or held by a curated
 * relationship): a reviewer's decision stands, and their speaker, relays and mentions with them.
 */
async function withoutKeptStatements(tx: Transaction, batch: GraphBatch): Promise<GraphBatch> {
  const [row] = await tx.run<{ ids: string[] }>(cypher("store/existing-statements"), {
    ids: batch.statements.map((statement) => statement.id),
  });
  const kept = new Set(row?.ids ?? []);
  if (kept.size === 0) return batch;
  const ownEnd = (relationship: GraphBatch["relationships"][number]) =>
    relationship.type === RelationshipType.SAID ? relationship.to : relationship.from;
  return {
    ...batch,
    statements: batch.statements.filter((statement) => !kept.has(statement.id)),
    relationships: batch.relationships.filter(
      (relationship) =>
        !STATEMENT_RELATIONSHIPS.includes(relationship.type) || !kept.has(ownEnd(relationship)),
    ),
  };
}

/**
 * The feed entries of an ingested article: the article (with the entities its text names), then each
 * statement written, with its speaker, relays and mentions.
 */
function ingestionChanges(articleId: string, written: GraphBatch): NewChange[] {
  const entitiesOf = new Map<string, string[]>(written.statements.map((statement) => [statement.id, []]));
  for (const relationship of written.relationships) {
    if (relationship.type === RelationshipType.SAID) entitiesOf.get(relationship.to)?.push(relationship.from);
    else entitiesOf.get(relationship.from)?.push(relationship.to);
  }
  return [
    {
      kind: ChangeKind.ARTICLE_INGESTED,
      subjectId: articleId,
      articleId,
      entityIds: written.entities.map((entity) => entity.id),
    },
    ...[...entitiesOf].map(([statementId, entityIds]) => ({
      kind: ChangeKind.STATEMENT_ADDED,
      subjectId: statementId,
      articleId,
      entityIds: entityEnds(...entityIds),
    })),
  ];
}

/** Checks the extraction with the seed's own rules, against the entities the graph already has. */
/**
 * An article may place A in B while the graph already places B in A (another article's list of states
 * read as "city, state"): such a LOCATED_IN is left out and reported, so the place hierarchy stays a tree.
 */
async function withoutGraphCycles(db: Database, extraction: Extraction): Promise<Extraction> {
  const pairs = extraction.relationships
    .filter((relationship) => relationship.type === RelationshipType.LOCATED_IN)
    .map((relationship) => ({ from: relationship.from, to: relationship.to }));
  if (pairs.length === 0) return extraction;
  const cycles = await db.read<{ from: string; to: string }>(cypher("store/located-in-cycles"), { pairs });
  if (cycles.length === 0) return extraction;
  const closes = (relationship: RelationshipRecord) =>
    relationship.type === RelationshipType.LOCATED_IN &&
    cycles.some((cycle) => cycle.from === relationship.from && cycle.to === relationship.to);
  return {
    ...extraction,
    relationships: extraction.relationships.filter((relationship) => !closes(relationship)),
    problems: [
      ...(extraction.problems ?? []),
      ...extraction.relationships.filter(closes).map((relationship) => ({
        record: `LOCATED_IN ${relationship.from} → ${relationship.to}`,
        field: "to",
        message: "the graph already places the second in the first",
        action: "dropped" as const,
      })),
    ],
  };
}

function validateExtraction(extraction: Extraction, text: string, known: Map<string, KnownEntity>): void {
  const record = {
    article: { ...extraction.article, publisher: extraction.article.publisher ?? undefined },
    statements: extraction.statements,
    relationships: extraction.relationships,
  } as unknown as ArticleFileRecord;
  const bundle: SeedBundle = {
    entitiesFile: "(extracted entities)",
    entities: extraction.entities,
    articles: [{ file: `(extraction of ${extraction.article.id})`, record, text }],
  };
  const knownKinds = new Map<string, EndKind>([...known.values()].map((entity) => [entity.id, entity.type]));
  validateSeed(bundle, knownKinds);
}

function summaryOf(
  extraction: Extraction,
  known: Map<string, KnownEntity>,
  dropped: number,
  flags: Pick<IngestSummary, "dryRun" | "unchanged">,
): IngestSummary {
  const referenced = new Set<string>();
  for (const statement of extraction.statements) {
    referenced.add(statement.speaker);
    statement.via.forEach((id) => referenced.add(id));
    statement.mentions.forEach((id) => referenced.add(id));
  }
  for (const relationship of extraction.relationships) {
    referenced.add(relationship.from);
    referenced.add(relationship.to);
  }
  const records = [...extraction.entities, ...extraction.statements, ...extraction.relationships];
  return {
    articleId: extraction.article.id,
    title: extraction.article.title,
    statements: extraction.statements.length,
    entitiesNew: extraction.entities.filter((entity) => !known.has(entity.id)).length,
    entitiesLinked: [...referenced].filter((id) => known.has(id)).length,
    strikes: extraction.relationships.filter((r) => r.type === RelationshipType.STRUCK).length,
    relationships: extraction.relationships.length,
    needsReview: records.filter((record) => record.needsReview).length,
    rejectedBefore: dropped,
    problems: extraction.problems ?? [],
    ...flags,
  };
}

/**
 * Writes an extraction in one transaction. Concurrent ingestions of one text queue on the article's
 * lock; the first writes, the others find it current and write nothing. An article an older extractor
 * read has its unreviewed extractions replaced first.
 */
function writeExtraction(db: Database, batch: GraphBatch, summary: IngestSummary): Promise<IngestOutcome> {
  const { articleId } = summary;
  return db.write(async (tx) => {
    const [article] = await tx.run<{ origin: Origin | null; extractorVersion: string | null }>(
      cypher("store/ingestion-lock-article"),
      { id: articleId },
    );
    const outcome: IngestOutcome = { summary, extraction: null };
    if (isCurrent(article)) outcome.summary = await storedSummary(tx.run.bind(tx), articleId);
    else {
      if (article.origin !== null) {
        await withEmptyUtterancesDropped(tx, { articleId }, () =>
          tx.run(cypher("store/ingestion-replace-extracted"), { articleId }),
        );
      }
      const written = await withoutKeptStatements(tx, batch);
      await writeBatch(tx, written);
      // The same words reported elsewhere: each new statement joins its utterance, in this transaction.
      await groupStatements(
        tx,
        written.statements.map((statement) => statement.id),
      );
      await appendChanges(tx, ingestionChanges(articleId, written));
    }
    return outcome;
  });
}

/**
 * Ingests one article's text. Refuses junk (src/ingest/text-admission.ts) before anything else; a text
 * already stored and current is answered from the graph without extracting it again.
 */
export async function ingestArticle(
  db: Database,
  extractor: Extractor,
  text: string,
  meta: ArticleInput,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  admitArticleText(text);
  const dryRun = options.dryRun === true;
  const stored = await storedArticle(db, text);
  if (stored && isCurrent(stored) && !dryRun) {
    return { summary: await storedSummary(db.read.bind(db), stored.id), extraction: null };
  }
  // The same article read again: by the metadata it was stored with, so it keeps its id.
  const articleMeta: ArticleInput = stored
    ? { title: stored.title, publishedOn: stored.publishedOn, publisher: stored.publisher ?? undefined }
    : meta;
  const knownList = await knownEntities(db, stored?.id);
  const known = new Map(knownList.map((entity) => [entity.id, entity]));
  const raw = await extractor.extract({ text, meta: articleMeta, known: knownList });
  const { extraction, dropped } = withoutRejected(
    await withoutGraphCycles(db, raw),
    await rejectedIds(db, raw.article.id),
  );
  validateExtraction(extraction, text, known);
  const unchanged = stored !== undefined && isCurrent(stored);
  const summary = summaryOf(extraction, known, dropped, { dryRun, unchanged });
  if (dryRun) return { summary, extraction };
  return writeExtraction(db, batchOf(extraction, text, known), summary);
}
