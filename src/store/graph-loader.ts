// Writes batches of graph rows (from the seed, ingestion, maintainers' writes or the benchmark
// generator) with the loader's Cypher: UNWIND in chunks, MERGE on ids, so loading the same rows twice
// changes nothing. Every relationship the application writes goes through here, and is checked here in
// the writing transaction: evidence on each, one speaker and one article per statement.
import { Neo4jError } from "neo4j-driver";
import { cypher, cypherTemplate } from "../db/cypher";
import type { Database, Transaction } from "../db/database";
import { ENTITY_TYPES, Label, RelationshipType } from "../graph/model";
import { AlreadyExistsError, InputError } from "../errors";
import { endPair, type EndPair, type GraphBatch, type RelationshipRow } from "../seed/graph-batch";

/** Rows per query: large enough to amortise round trips, small enough to keep transactions' state modest. */
export const LOADER_CHUNK_SIZE = 2000;

/** Called after every chunk with the rows written so far and the batch's total. */
export type Progress = (done: number, total: number) => void;

export interface LoadCounts {
  articles: number;
  entities: number;
  statements: number;
  relationships: number;
}

const TEMPLATE_VALUES: ReadonlySet<string> = new Set<string>([
  ...Object.values(Label),
  ...Object.values(RelationshipType),
]);

const END_LABELS: Record<EndPair, { fromLabel: Label; toLabel: Label }> = {
  EntityToEntity: { fromLabel: Label.Entity, toLabel: Label.Entity },
  EntityToStatement: { fromLabel: Label.Entity, toLabel: Label.Statement },
  StatementToEntity: { fromLabel: Label.Statement, toLabel: Label.Entity },
  StatementToStatement: { fromLabel: Label.Statement, toLabel: Label.Statement },
};

function chunks<T>(rows: T[], size = LOADER_CHUNK_SIZE): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

/** Runs `query` over `rows` in chunks; a row whose ends or article are missing fails the whole transaction. */
async function writeRows(
  tx: Transaction,
  what: string,
  query: string,
  rows: object[],
  progress: (rows: number) => void,
): Promise<number> {
  let written = 0;
  for (const chunk of chunks(rows)) {
    const [result] = await tx.run<{ written: number }>(query, { rows: chunk });
    written += result?.written ?? 0;
    progress(chunk.length);
  }
  if (written !== rows.length) {
    throw new Error(`${rows.length - written} of ${rows.length} ${what} refer to nodes that do not exist`);
  }
  return written;
}

/** Groups relationship rows by type and end labels: each group runs one static-typed template. */
function relationshipGroups(
  rows: RelationshipRow[],
  template: "loader/merge-relationships" | "loader/create-relationships",
): Map<string, { query: string; rows: RelationshipRow[] }> {
  const groups = new Map<string, { query: string; rows: RelationshipRow[] }>();
  for (const row of rows) {
    const pair = endPair(row);
    const key = `${row.type}/${pair}`;
    let group = groups.get(key);
    if (!group) {
      const query = cypherTemplate(template, { type: row.type, ...END_LABELS[pair] }, TEMPLATE_VALUES);
      group = { query, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return groups;
}

/** One loader query and the rows it runs over, in the order they must be written. */
export interface PlannedWrite {
  what: keyof LoadCounts;
  label: string;
  query: string;
  rows: object[];
}

/** The properties of evidence, which every relationship of a RelationshipType carries. */
const EVIDENCE = { articleId: "string", evidenceStart: "number", evidenceEnd: "number", excerpt: "string" };

/**
 * Refuses rows that would break the graph's invariants before any is written: a relationship without
 * its evidence (Community has no existence constraints to refuse it), a SAID without its statement's id.
 */
function checkRelationshipRows(rows: RelationshipRow[]): void {
  for (const row of rows) {
    const missing = Object.entries(EVIDENCE).filter(([key, type]) => typeof row.properties[key] !== type);
    if (missing.length > 0) {
      throw new Error(`${row.id}: a ${row.type} needs ${missing.map(([key]) => key).join(", ")}`);
    }
    if (row.type === RelationshipType.SAID && row.properties.statementId !== row.to) {
      throw new Error(`${row.id}: a SAID carries the id of its statement, ${row.to}`);
    }
  }
}

/** The queries that write a batch, in dependency order: entities, articles, statements, relationships. */
export function planBatch(batch: GraphBatch, create = false): PlannedWrite[] {
  const unknownType = batch.entities.find((row) => !ENTITY_TYPES.includes(row.type));
  if (unknownType) throw new Error(`entity ${unknownType.id} has unknown type ${String(unknownType.type)}`);
  checkRelationshipRows(batch.relationships);
  const plan: PlannedWrite[] = [
    { what: "entities", label: "entities", query: cypher("loader/merge-entities"), rows: batch.entities },
    { what: "articles", label: "articles", query: cypher("loader/merge-articles"), rows: batch.articles },
    {
      what: "statements",
      label: "statements",
      query: cypher("loader/merge-statements"),
      rows: batch.statements,
    },
  ];
  const template = create ? "loader/create-relationships" : "loader/merge-relationships";
  for (const [key, group] of relationshipGroups(batch.relationships, template)) {
    plan.push({ what: "relationships", label: `${key} relationships`, query: group.query, rows: group.rows });
  }
  return plan.filter((write) => write.rows.length > 0);
}

/** Claims the ids of a create's new nodes: one that exists, or that a concurrent create claimed, fails. */
async function claimIds(tx: Transaction, batch: GraphBatch): Promise<void> {
  const claims: [Label, string[]][] = [
    [Label.Entity, batch.entities.map((row) => row.id)],
    [Label.Article, batch.articles.map((row) => row.id)],
    [Label.Statement, batch.statements.map((row) => row.id)],
  ];
  for (const [label, ids] of claims) {
    if (ids.length > 0) await tx.run(cypherTemplate("loader/claim-ids", { label }, TEMPLATE_VALUES), { ids });
  }
}

/** A statement has one speaker: a SAID from another entity is refused before the constraint would. */
async function refuseSecondSpeakers(tx: Transaction, rows: RelationshipRow[]): Promise<void> {
  const said = rows.filter((row) => row.type === RelationshipType.SAID).map(({ id, to }) => ({ id, to }));
  if (said.length === 0) return;
  const [other] = await tx.run<{ statement: string; speaker: string }>(cypher("loader/other-speakers"), {
    rows: said,
  });
  if (other) {
    throw new InputError(
      "speaker",
      `${other.statement} already has a speaker, ${other.speaker}: a statement has exactly one`,
    );
  }
}

/** Every statement the batch wrote or gave a speaker has exactly one speaker and one article. */
async function checkStatementEnds(tx: Transaction, batch: GraphBatch): Promise<void> {
  const ids = new Set(batch.statements.map((row) => row.id));
  for (const row of batch.relationships) if (row.type === RelationshipType.SAID) ids.add(row.to);
  if (ids.size === 0) return;
  const [bad] = await tx.run<{ id: string; speakers: number; articles: number }>(
    cypher("loader/statements-without-ends"),
    { ids: [...ids] },
  );
  if (bad) {
    throw new Error(
      `statement ${bad.id} would have ${bad.speakers} speakers and ${bad.articles} articles; it needs one of each`,
    );
  }
}

export interface WriteOptions {
  onProgress?: Progress;
  /**
   * Every node and relationship of the batch is new: node ids are claimed with CREATE and relationships
   * created, so an id that exists fails the transaction (see createdOnce) instead of being merged into.
   */
  create?: boolean;
}

/** Writes a batch inside the caller's transaction. */
export async function writeBatch(
  tx: Transaction,
  batch: GraphBatch,
  options: WriteOptions | Progress = {},
): Promise<LoadCounts> {
  const { onProgress, create = false } = typeof options === "function" ? { onProgress: options } : options;
  const plan = planBatch(batch, create);
  const total = plan.reduce((sum, write) => sum + write.rows.length, 0);
  const counts: LoadCounts = { articles: 0, entities: 0, statements: 0, relationships: 0 };
  let done = 0;
  const progress = (rows: number) => {
    done += rows;
    onProgress?.(done, total);
  };
  if (create) await claimIds(tx, batch);
  await refuseSecondSpeakers(tx, batch.relationships);
  for (const write of plan) {
    counts[write.what] += await writeRows(tx, write.label, write.query, write.rows, progress);
  }
  await checkStatementEnds(tx, batch);
  return counts;
}

/** Writes a batch in one transaction: all of it or nothing. */
export function loadBatch(db: Database, batch: GraphBatch, onProgress?: Progress): Promise<LoadCounts> {
  return db.write((tx) => writeBatch(tx, batch, onProgress));
}

const CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

/**
 * Runs a create (a transaction that writes with `create: true`): when its id is taken — before, or by a
 * concurrent create that committed first — the uniqueness constraint fails it, and the caller is told
 * ALREADY_EXISTS naming the id, rather than "success" over someone else's node.
 */
export async function createdOnce<T>(field: string, id: string, create: Promise<T>): Promise<T> {
  try {
    return await create;
  } catch (error) {
    if (error instanceof Neo4jError && error.code === CONSTRAINT_FAILED)
      throw new AlreadyExistsError(field, id);
    throw error;
  }
}
