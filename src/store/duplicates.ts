// duplicateCandidates: likely duplicate entities of one type, scored by src/graph/duplicates.ts, paged.
// One read per request: the type's entities (names, aliases, statement counts); blocks of more than
// MAX_BLOCK entities (a surname hundreds share) are not compared, so a request's work stays bounded.
// Names waiting for review are weighed against their candidates (graph/duplicates reviewItemPairs): two
// more reads, the names and the type's merges in force. For people a last read leaves out the pairs
// mergeEntities would refuse: roles held at once.
import { cypher, cypherTemplate } from "../db/cypher";
import type { Database } from "../db/database";
import { EntityType, Label } from "../graph/model";
import {
  blocksOf,
  duplicatePairs,
  inPairOrder,
  pairKey,
  reviewItemPairs,
  type DuplicateMember,
  type DuplicatePair,
  type ReviewItemMember,
} from "../graph/duplicates";
import { MAX_MERGE_CHAIN } from "./entity-merges";
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from "./pagination";

/** Entities sharing a block key that are compared pair by pair, at most. */
export const MAX_BLOCK = 50;

const LABELS: ReadonlySet<string> = new Set<string>(Object.values(EntityType));

export async function duplicateCandidates(
  db: Database,
  type: EntityType,
  page: PageRequest,
): Promise<Page<DuplicatePair>> {
  const size = pageSize(page.first);
  const after = decodeCursor(page.after);
  const members = await db.read<DuplicateMember & Record<string, unknown>>(
    cypherTemplate("store/duplicate-members", { label: Label[type] }, LABELS),
  );
  const items = await db.read<ReviewItemMember & Record<string, unknown>>(
    cypherTemplate("store/review-item-members", { label: Label[type] }, LABELS),
  );
  const keptOf = await mergesOf(db, type);
  const pairs = inPairOrder([
    ...duplicatePairs(type, blocksOf(type, members, MAX_BLOCK)),
    ...reviewItemPairs(type, items, new Map(members.map((member) => [member.id, member])), keptOf),
  ]).filter((pair) => after === null || pairKey(pair) > after);
  const twoPeople = type === EntityType.Person ? await pairsWithOverlappingRoles(db, pairs) : new Set();
  const proposed = pairs.filter((pair) => !twoPeople.has(`${pair.keep.id}|${pair.merge.id}`));
  return toPage(proposed.slice(0, size + 1), size, pairKey);
}

/** The pairs ("keep|merge") whose people held different roles at once (store/role-overlaps). */
async function pairsWithOverlappingRoles(
  db: Database,
  pairs: readonly DuplicatePair[],
): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await db.read<{ keep: string; merge: string }>(cypher("store/role-overlaps"), {
    pairs: pairs.map((pair) => ({ keep: pair.keep.id, merge: pair.merge.id })),
  });
  return new Set(rows.map((row) => `${row.keep}|${row.merge}`));
}

/** Follows an entity id of the type through the merges in force to the entity it became. */
async function mergesOf(db: Database, type: EntityType): Promise<(id: string) => string> {
  const rows = await db.read<{ merged: string; keep: string }>(cypher("store/entity-merges-of-type"), {
    type,
  });
  const keepOf = new Map(rows.map((row) => [row.merged, row.keep]));
  return (id) => {
    let current = id;
    for (let step = 0; step < MAX_MERGE_CHAIN && keepOf.has(current); step++)
      current = keepOf.get(current) ?? current;
    return current;
  };
}
