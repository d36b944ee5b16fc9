// Writes batches of graph rows (from the seed, ingestion or the benchmark generator) with the
// loader's Cypher: UNWIND in chunks, MERGE on ids, so loading the same rows twice changes nothing.
import { cypher, cypherTemplate } from "../db/cypher";
import type { Database, Transaction } from "../db/database";
import { ENTITY_TYPES, Label, RelationshipType } from "../graph/model";
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
): Map<string, { query: string; rows: RelationshipRow[] }> {
  const groups = new Map<string, { query: string; rows: RelationshipRow[] }>();
  for (const row of rows) {
    const pair = endPair(row);
    const key = `${row.type}/${pair}`;
    let group = groups.get(key);
    if (!group) {
      const query = cypherTemplate(
        "loader/merge-relationships",
        { type: row.type, ...END_LABELS[pair] },
        TEMPLATE_VALUES,
      );
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

/** The queries that write a batch, in dependency order: entities, articles, statements, relationships. */
export function planBatch(batch: GraphBatch): PlannedWrite[] {
  const unknownType = batch.entities.find((row) => !ENTITY_TYPES.includes(row.type));
  if (unknownType) throw new Error(`entity ${unknownType.id} has unknown type ${String(unknownType.type)}`);
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
  for (const [key, group] of relationshipGroups(batch.relationships)) {
    plan.push({ what: "relationships", label: `${key} relationships`, query: group.query, rows: group.rows });
  }
  return plan.filter((write) => write.rows.length > 0);
}

/** Writes a batch inside the caller's transaction. */
export async function writeBatch(
  tx: Transaction,
  batch: GraphBatch,
  onProgress?: Progress,
): Promise<LoadCounts> {
  const plan = planBatch(batch);
  const total = plan.reduce((sum, write) => sum + write.rows.length, 0);
  const counts: LoadCounts = { articles: 0, entities: 0, statements: 0, relationships: 0 };
  let done = 0;
  const progress = (rows: number) => {
    done += rows;
    onProgress?.(done, total);
  };
  for (const write of plan) {
    counts[write.what] += await writeRows(tx, write.label, write.query, write.rows, progress);
  }
  return counts;
}

/** Writes a batch in one transaction: all of it or nothing. */
export function loadBatch(db: Database, batch: GraphBatch, onProgress?: Progress): Promise<LoadCounts> {
  return db.write((tx) => writeBatch(tx, batch, onProgress));
}
