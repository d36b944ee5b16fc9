// duplicateCandidates: likely duplicate entities of one type, scored by src/graph/duplicates.ts, paged.
// One read per request: the type's entities (names, aliases, statement counts); blocks of more than
// MAX_BLOCK entities (a surname hundreds share) are not compared, so a request's work stays bounded.
// For people a second read leaves out the pairs mergeEntities would refuse: roles held at once.
import { cypher, cypherTemplate } from "../db/cypher";
import type { Database } from "../db/database";
import { EntityType, Label } from "../graph/model";
import {
  blocksOf,
  duplicatePairs,
  pairKey,
  type DuplicateMember,
  type DuplicatePair,
} from "../graph/duplicates";
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
  const pairs = duplicatePairs(type, blocksOf(type, members, MAX_BLOCK)).filter(
    (pair) => after === null || pairKey(pair) > after,
  );
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
