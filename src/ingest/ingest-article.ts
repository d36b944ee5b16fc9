// Ingestion into the graph: extract an article's facts, link them to the entities the graph knows,
// leave out what maintainers rejected before, check them like seed records, and write them in one
// transaction. The article id derives from the text, so ingesting the same text twice changes nothing.
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import { EntityType, Origin, RelationshipType, type EndKind } from "../graph/model";
import {
  articleRow,
  emptyBatch,
  entityRow,
  listedRelationshipRow,
  statementRelationshipRows,
  statementRow,
  type GraphBatch,
} from "../seed/graph-batch";
import type { SeedBundle } from "../seed/read";
import type { ArticleFileRecord } from "../seed/records";
import { validateSeed } from "../seed/validate";
import { writeBatch } from "../store/graph-loader";
import type { Extractor } from "./extractor";
import type { ArticleInput, Extraction, KnownEntity } from "./types";

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
}

export interface IngestOutcome {
  summary: IngestSummary;
  extraction: Extraction;
}

async function knownEntities(db: Database): Promise<KnownEntity[]> {
  return db.read<{ id: string; type: EntityType; name: string; aliases: string[] }>(
    cypher("store/known-entities"),
  );
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
  batch.entities = extraction.entities.map(entityRow);
  batch.articles.push(articleRow(article, text, publisher, Origin.EXTRACTED));
  for (const statement of extraction.statements) {
    batch.statements.push(statementRow(article.id, statement));
    batch.relationships.push(...statementRelationshipRows(article.id, statement));
  }
  batch.relationships.push(...extraction.relationships.map((r) => listedRelationshipRow(article.id, r)));
  return batch;
}

/** Checks the extraction with the seed's own rules, against the entities the graph already has. */
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

export async function ingestArticle(
  db: Database,
  extractor: Extractor,
  text: string,
  meta: ArticleInput,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  const knownList = await knownEntities(db);
  const known = new Map(knownList.map((entity) => [entity.id, entity]));
  const raw = await extractor.extract({ text, meta, known: knownList });
  const { extraction, dropped } = withoutRejected(raw, await rejectedIds(db, raw.article.id));
  validateExtraction(extraction, text, known);

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
  const summary: IngestSummary = {
    articleId: extraction.article.id,
    title: extraction.article.title,
    statements: extraction.statements.length,
    entitiesNew: extraction.entities.filter((entity) => !known.has(entity.id)).length,
    entitiesLinked: [...referenced].filter((id) => known.has(id)).length,
    strikes: extraction.relationships.filter((r) => r.type === RelationshipType.STRUCK).length,
    relationships: extraction.relationships.length,
    needsReview: records.filter((record) => record.needsReview).length,
    rejectedBefore: dropped,
    dryRun: options.dryRun === true,
  };
  if (!options.dryRun) {
    await db.write((tx) => writeBatch(tx, batchOf(extraction, text, known)));
  }
  return { summary, extraction };
}
