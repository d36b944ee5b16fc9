// The benchmark graph: a synthetic world and its news, turned into rows by the seed's own code
// (src/seed/graph-batch.ts) and written by the product loader (writeBatch), one transaction per chunk.
import { cypher, splitStatements } from "../src/db/cypher";
import type { Database } from "../src/db/database";
import { applySchema } from "../src/db/schema";
import {
  articleRow,
  emptyBatch,
  entityRow,
  listedRelationshipRow,
  statementRelationshipRows,
  statementRow,
  type GraphBatch,
} from "../src/seed/graph-batch";
import { writeBatch, type LoadCounts } from "../src/store/graph-loader";
import { gazetteerArticles, newsArticles, type SyntheticArticle } from "./news";
import { Random } from "./random";
import { buildWorld } from "./world";

export interface GenerateOptions {
  statements: number;
  seed: number;
  /** Statements per transaction (entities and gazetteer rows go in chunks of about as many rows). */
  chunkSize?: number;
}

export const DEFAULT_SEED = 42;
export const DEFAULT_CHUNK_SIZE = 10_000;

/** One transaction's worth of the graph. */
export interface SyntheticChunk {
  what: "entities" | "gazetteer" | "news";
  batch: GraphBatch;
  /** Statements in this chunk (0 for entities and gazetteer). */
  statements: number;
  /** The records behind the batch, for checks (empty for entities). */
  articles: SyntheticArticle[];
}

export function articleBatch(articles: SyntheticArticle[]): GraphBatch {
  const batch = emptyBatch();
  for (const article of articles) {
    const articleId = article.meta.id;
    batch.articles.push(articleRow(article.meta, article.text, article.publisherName));
    for (const statement of article.statements) {
      batch.statements.push(statementRow(articleId, statement));
      batch.relationships.push(...statementRelationshipRows(articleId, statement));
    }
    for (const relationship of article.relationships) {
      batch.relationships.push(listedRelationshipRow(articleId, relationship));
    }
  }
  return batch;
}

/** The whole graph, deterministically from the seed, in chunks: entities, gazetteer, then the news. */
export function* syntheticChunks(options: GenerateOptions): Generator<SyntheticChunk> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const random = new Random(options.seed);
  const world = buildWorld(random, options.statements);
  for (let first = 0; first < world.entities.length; first += chunkSize * 2) {
    const batch = emptyBatch();
    batch.entities = world.entities.slice(first, first + chunkSize * 2).map(entityRow);
    yield { what: "entities", batch, statements: 0, articles: [] };
  }
  let pending: SyntheticArticle[] = [];
  let locations = 0;
  for (const article of gazetteerArticles(world)) {
    pending.push(article);
    locations += article.relationships.length;
    if (locations >= chunkSize * 2) {
      yield { what: "gazetteer", batch: articleBatch(pending), statements: 0, articles: pending };
      pending = [];
      locations = 0;
    }
  }
  if (pending.length > 0)
    yield { what: "gazetteer", batch: articleBatch(pending), statements: 0, articles: pending };
  pending = [];
  let statements = 0;
  for (const article of newsArticles(random, world, options.statements)) {
    pending.push(article);
    statements += article.statements.length;
    if (statements >= chunkSize) {
      yield { what: "news", batch: articleBatch(pending), statements, articles: pending };
      pending = [];
      statements = 0;
    }
  }
  if (pending.length > 0) yield { what: "news", batch: articleBatch(pending), statements, articles: pending };
}

export interface LoadReport extends LoadCounts {
  seconds: number;
  /** Statements per second over the whole load, entities and gazetteer included. */
  statementsPerSecond: number;
}

export interface LoadOptions extends GenerateOptions {
  /** Delete the whole graph first. */
  reset?: boolean;
  /** Called after every loader query with the statements written so far. */
  onProgress?: (statements: number, total: number) => void;
}

/** Deletes every node and relationship, in transactions of 10,000 nodes (a single one would not fit a large graph). */
export async function deleteGraph(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    for (const statement of splitStatements(cypher("bench/delete-graph"))) await session.run(statement);
  } finally {
    await session.close();
  }
}

/** Applies the schema, then generates and writes the graph, one transaction per chunk. */
export async function loadSyntheticGraph(db: Database, options: LoadOptions): Promise<LoadReport> {
  if (options.reset) await deleteGraph(db);
  await applySchema(db);
  const started = process.hrtime.bigint();
  const counts: LoadCounts = { articles: 0, entities: 0, statements: 0, relationships: 0 };
  for (const chunk of syntheticChunks(options)) {
    const before = counts.statements;
    const written = await db.write((tx) =>
      writeBatch(tx, chunk.batch, (done, total) =>
        options.onProgress?.(before + Math.floor((chunk.statements * done) / total), options.statements),
      ),
    );
    for (const key of Object.keys(counts) as (keyof LoadCounts)[]) counts[key] += written[key];
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ...counts, seconds, statementsPerSecond: counts.statements / seconds };
}
