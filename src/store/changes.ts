// The change feed: every write appends entries to it in its own transaction (appendChanges), and
// clients read it with a cursor (readChanges), resumable after any disconnect, on any replica.
//
// Order without Enterprise CDC: entries are numbered from one head node whose write lock the appending
// transaction holds until it commits (cypher/store/change-append.cypher). Numbers are therefore handed
// out in commit order, a rolled-back write gives its numbers back, and the feed has no gaps. A reader
// still keeps only the run that follows its cursor without a gap: under read-committed isolation a
// scan could in principle pass number n just before it commits and see n+1 after, and stopping short
// of a gap means such an entry is read on the next call instead of skipped for good.
import neo4j from "neo4j-driver";
import { cypher } from "../db/cypher";
import type { Database, Transaction } from "../db/database";
import { kindOfId, type ChangeKind } from "../graph/model";
import { CursorExpiredError, InputError } from "../errors";
import { decodeCursor, encodeCursor, pageSize } from "./pagination";

/** Entries one read looks at, whatever the filter keeps: the bound on a request's work. */
export const MAX_CHANGES_SCANNED = 500;

export interface NewChange {
  kind: ChangeKind;
  /** The statement, entity, relationship or article the change is about. */
  subjectId: string;
  articleId?: string | null;
  /** Entities the change concerns: a statement's speaker, relays and mentions; a link's two ends. */
  entityIds?: readonly string[];
}

export interface ChangeEntry {
  seq: number;
  kind: ChangeKind;
  subjectId: string;
  articleId: string | null;
  entityIds: string[];
  /** When it was written (ISO 8601). */
  at: string;
}

/**
 * Appends `changes` to the feed inside `tx`, the writing transaction: they commit with the write or not
 * at all. Call it last in the transaction: from here to the commit the transaction holds the feed's
 * head, and every other writer waits for it (holding no lock a writer after it needs, it cannot deadlock).
 */
export async function appendChanges(tx: Transaction, changes: readonly NewChange[]): Promise<void> {
  if (changes.length === 0) return;
  await tx.run(cypher("store/change-append"), {
    changes: changes.map((change) => ({
      kind: change.kind,
      subjectId: change.subjectId,
      articleId: change.articleId ?? null,
      entityIds: [...new Set(change.entityIds ?? [])],
    })),
  });
}

/** The entities among a relationship's ends (DISPUTES and CONFIRMS join statements). */
export function entityEnds(...ids: string[]): string[] {
  return ids.filter((id) => {
    const kind = kindOfId(id);
    return kind !== undefined && kind !== "Statement" && kind !== "Article";
  });
}

const CURSOR_PREFIX = "change:";

/** The opaque cursor of feed position `seq`: stable, since an entry's number never changes. */
export function changeCursor(seq: number): string {
  return encodeCursor(`${CURSOR_PREFIX}${seq}`);
}

/** The feed position a cursor names; null for none. */
export function changePosition(cursor: string | null | undefined, field = "after"): number | null {
  const key = decodeCursor(cursor);
  if (key === null) return null;
  const seq = key.startsWith(CURSOR_PREFIX) ? Number(key.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(seq) || seq < 0) {
    throw new InputError(field, "is not a change-feed cursor (take one from changes or statementAdded)");
  }
  return seq;
}

export interface ChangeFilter {
  kinds?: readonly ChangeKind[] | null;
  /** Entries concerning this entity. */
  entity?: string | null;
  /** Entries about this statement, entity, relationship or article. */
  subject?: string | null;
  article?: string | null;
}

export function matchesChange(filter: ChangeFilter, change: ChangeEntry): boolean {
  return (
    (!filter.kinds || filter.kinds.length === 0 || filter.kinds.includes(change.kind)) &&
    (filter.entity == null || change.entityIds.includes(filter.entity)) &&
    (filter.subject == null || change.subjectId === filter.subject) &&
    (filter.article == null || change.articleId === filter.article)
  );
}

export interface FeedWindow {
  /** The entries that follow the position without a gap, at most MAX_CHANGES_SCANNED of them. */
  entries: ChangeEntry[];
  /** The last number handed out when read: entries up to it exist, or are committing. */
  head: number;
  /** The position read after: the one asked for, or the last pruned entry for none. */
  from: number;
}

/**
 * The entries after `position` (after the pruned ones for null), in order. A position before the pruned
 * entries, or past the end, is CURSOR_EXPIRED (`field` names the argument that carried it).
 */
export async function changesAfter(
  db: Database,
  position: number | null,
  field = "after",
  scan = MAX_CHANGES_SCANNED,
): Promise<FeedWindow> {
  const [row] = await db.read<{ after: number; head: number; prunedThrough: number; changes: ChangeEntry[] }>(
    cypher("store/changes-after"),
    { after: position === null ? null : neo4j.int(position), scan: neo4j.int(scan) },
  );
  const from = row.after;
  if (from < row.prunedThrough) {
    throw new CursorExpiredError(
      field,
      `points before the oldest entry kept (${row.prunedThrough} were pruned)`,
    );
  }
  if (from > row.head) {
    throw new CursorExpiredError(
      field,
      `points past the feed's end (${row.head}): the graph was emptied since`,
    );
  }
  const entries: ChangeEntry[] = [];
  for (const change of row.changes) {
    if (change.seq !== from + entries.length + 1) break;
    entries.push(change);
  }
  return { entries, head: row.head, from };
}

export interface ChangePage {
  items: ChangeEntry[];
  /** Where to go on from: past the last item, and past the entries the filter skipped after it. */
  endCursor: string;
  hasNextPage: boolean;
  /** The feed's head when read: a cursor to follow only what is written from now on. */
  latestCursor: string;
}

/** A page of the feed after `after` (from the oldest entry kept when null): bounded work, any filter. */
export async function readChanges(
  db: Database,
  request: { after?: string | null; first?: number | null; filter?: ChangeFilter | null },
): Promise<ChangePage> {
  const size = pageSize(request.first);
  const { entries, head, from } = await changesAfter(db, changePosition(request.after));
  const filter = request.filter ?? {};
  const items: ChangeEntry[] = [];
  let end = from;
  for (const entry of entries) {
    if (items.length === size) break;
    end = entry.seq;
    if (matchesChange(filter, entry)) items.push(entry);
  }
  return {
    items,
    endCursor: changeCursor(end),
    hasNextPage: end < head,
    latestCursor: changeCursor(head),
  };
}

/** How many entries one prune transaction deletes. */
const PRUNED_PER_TRANSACTION = 10_000;

/** Deletes the entries written before `before`, in batches; returns how many it deleted. */
export async function pruneChanges(
  db: Database,
  before: Date,
  onBatch?: (deleted: number) => void,
): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write((tx) =>
      tx.run<{ deleted: number }>(cypher("store/changes-prune"), {
        before: before.toISOString(),
        limit: neo4j.int(PRUNED_PER_TRANSACTION),
      }),
    );
    const deleted = row?.deleted ?? 0;
    total += deleted;
    onBatch?.(total);
    if (deleted < PRUNED_PER_TRANSACTION) return total;
  }
}

/** The last number the feed handed out: a position to follow only what is written from now on. */
export async function feedHead(db: Database): Promise<number> {
  const [row] = await db.read<{ head: number }>(cypher("store/change-feed-head"));
  return row?.head ?? 0;
}
