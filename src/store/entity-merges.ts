// Merging duplicate entities and undoing it. A merge moves every relationship and alias of one entity to
// the other in one transaction, and records who, when and why in an EntityMerge node that also holds the
// merged entity (labelled MergedEntity, off the graph) and what the kept one was: unmergeEntity puts
// everything back exactly. A merged id still resolves, to the entity it was merged into.
import { randomUUID } from "node:crypto";
import { cypher } from "../db/cypher";
import type { Database, Transaction } from "../db/database";
import { ChangeKind, ENTITY_TYPES, EntityType } from "../graph/model";
import { normalizeForSearch } from "../graph/search-text";
import { ChangedSinceError, InputError, NotFoundError } from "../errors";
import { appendChanges } from "./changes";

export interface MergeRequest {
  keep: string;
  merge: string;
  reason: string;
  /** Who asks: a name given by the caller, or the API key's identity. */
  by: string;
}

/** The audit record of a merge. */
export interface EntityMergeRecord {
  id: string;
  keep: string;
  merged: string;
  type: EntityType;
  reason: string;
  by: string;
  at: string;
  /** How many relationships moved. */
  moved: number;
  undoneAt: string | null;
  undoneBy: string | null;
}

interface MergeEnd {
  type: EntityType;
  name: string;
  aliases: string[] | null;
  searchNames: string[] | null;
}

/** How many merges one id may be followed through when it resolves (a merged entity's keeper merged on). */
const MAX_MERGE_CHAIN = 5;

function toRecord(row: Record<string, unknown>): EntityMergeRecord {
  return {
    id: row.id as string,
    keep: row.keep as string,
    merged: row.merged as string,
    type: row.type as EntityType,
    reason: row.reason as string,
    by: row.by as string,
    at: row.at as string,
    moved: Number(row.moved ?? 0),
    undoneAt: (row.undoneAt as string | undefined) ?? null,
    undoneBy: (row.undoneBy as string | undefined) ?? null,
  };
}

/** Refuses what is no merge: one entity, a missing one, two types, two people with different roles at once. */
async function checkMerge(
  tx: Transaction,
  request: MergeRequest,
): Promise<{ keep: MergeEnd; merged: MergeEnd }> {
  if (request.keep === request.merge) throw new InputError("merge", "an entity cannot be merged into itself");
  const [row] = await tx.run<{ keep: MergeEnd | null; merged: MergeEnd | null; links: number }>(
    cypher("store/merge-ends"),
    { keep: request.keep, merge: request.merge, types: ENTITY_TYPES },
  );
  if (!row?.keep) throw new NotFoundError("keep", request.keep);
  if (!row.merged) throw new NotFoundError("merge", request.merge);
  if (row.keep.type !== row.merged.type) {
    throw new InputError(
      "merge",
      `${request.merge} is a ${row.merged.type} and ${request.keep} a ${row.keep.type}: only entities of one type merge`,
    );
  }
  if (row.links > 0) {
    throw new InputError(
      "merge",
      `${request.merge} and ${request.keep} are linked to each other (${row.links}): unlink them first`,
    );
  }
  if (row.keep.type === EntityType.Person) {
    const [overlap] = await tx.run<{ kept: string; merged: string }>(cypher("store/role-overlaps"), {
      pairs: [{ keep: request.keep, merge: request.merge }],
    });
    if (overlap) {
      throw new InputError(
        "merge",
        `${request.keep} was ${overlap.kept} while ${request.merge} was ${overlap.merged}: two people`,
      );
    }
  }
  return { keep: row.keep, merged: row.merged };
}

/** The kept entity's names after the merge: its own, then the merged entity's name and aliases. */
function mergedNames(keep: MergeEnd, merged: MergeEnd): { aliases: string[]; searchNames: string[] } {
  const aliases = [...new Set([...(keep.aliases ?? []), merged.name, ...(merged.aliases ?? [])])].filter(
    (alias) => alias !== keep.name,
  );
  const names = [keep.name, ...aliases];
  return { aliases, searchNames: [...new Set(names.map(normalizeForSearch))] };
}

/** Merges `merge` into `keep` in one transaction; refused merges write nothing. */
export function mergeEntities(db: Database, request: MergeRequest): Promise<EntityMergeRecord> {
  if (request.reason.trim() === "") throw new InputError("reason", "say why the two are one");
  return db.write(async (tx) => {
    const { keep, merged } = await checkMerge(tx, request);
    const [row] = await tx.run<{ merge: Record<string, unknown> }>(cypher("store/merge-entity"), {
      mergeId: `merge/${randomUUID()}`,
      keep: request.keep,
      merge: request.merge,
      type: keep.type,
      reason: request.reason.trim(),
      by: request.by,
      ...mergedNames(keep, merged),
    });
    await appendChanges(tx, [
      {
        kind: ChangeKind.ENTITIES_MERGED,
        subjectId: request.merge,
        entityIds: [request.keep, request.merge],
      },
    ]);
    return toRecord(row.merge);
  });
}

interface MergeOfEntity {
  mergeId: string;
  keep: string;
  keepExists: boolean;
  keepVersion: number | null;
  keptVersionAfter: number | null;
  idTaken: boolean;
}

/**
 * Undoes the merge that took `id` off the graph, exactly: refused when the kept entity changed since
 * (a later update or merge, which must be undone first) or when the id was taken again meanwhile.
 */
export function unmergeEntity(db: Database, id: string, by: string): Promise<EntityMergeRecord> {
  return db.write(async (tx) => {
    const [merge] = await tx.run<MergeOfEntity>(cypher("store/merge-of-entity"), { id });
    if (!merge) throw new InputError("id", `${id} is not an entity merged into another`);
    if (!merge.keepExists) {
      throw new ChangedSinceError(
        "id",
        `${merge.keep}, which ${id} was merged into, was merged on: unmerge it first`,
      );
    }
    if (merge.keepVersion !== merge.keptVersionAfter) {
      throw new ChangedSinceError(
        "id",
        `${merge.keep} changed since ${id} was merged into it (version ${merge.keptVersionAfter} → ${merge.keepVersion}): undo that change first`,
      );
    }
    if (merge.idTaken) throw new ChangedSinceError("id", `${id} was created again since the merge`);
    const [row] = await tx.run<{ merge: Record<string, unknown> }>(cypher("store/unmerge-entity"), {
      mergeId: merge.mergeId,
      by,
    });
    await appendChanges(tx, [
      { kind: ChangeKind.ENTITY_UNMERGED, subjectId: id, entityIds: [merge.keep, id] },
    ]);
    return toRecord(row.merge);
  });
}

/** The entity a merged id became, following merges of merges; undefined for an id never merged. */
export async function mergedInto(db: Database, id: string): Promise<string | undefined> {
  const kept = (await keptEntityIds(db, [id])).get(id);
  return kept === id ? undefined : kept;
}

/**
 * The entity each id became, following merges of merges (an id never merged is itself): one read per
 * step of the longest chain, at most MAX_MERGE_CHAIN.
 */
export async function keptEntityIds(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const kept = new Map(ids.map((id) => [id, id]));
  let pending = [...new Set(ids)];
  for (let step = 0; step < MAX_MERGE_CHAIN && pending.length > 0; step++) {
    const rows = await db.read<{ merged: string; keep: string }>(cypher("store/merges-of-ids"), {
      ids: pending,
    });
    const keepOf = new Map(rows.map((row) => [row.merged, row.keep]));
    for (const [id, current] of kept) kept.set(id, keepOf.get(current) ?? current);
    pending = [...new Set(keepOf.values())];
  }
  return kept;
}
