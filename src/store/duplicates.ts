// duplicateCandidates: likely duplicate entities of one type, scored by src/graph/duplicates.ts, paged.
// One read per request: the type's entities (names, aliases, statement counts); blocks of more than
// MAX_BLOCK entities (a surname hundreds share) are not compared, so a request's work stays bounded.
import { cypherTemplate } from "../db/cypher";
import type { Database } from "../db/database";
import { EntityType, Label } from "../graph/model";
import {
  blockKeys,
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
  const blocks = new Map<string, DuplicateMember[]>();
  for (const member of members) {
    for (const key of blockKeys(type, member)) blocks.set(key, [...(blocks.get(key) ?? []), member]);
  }
  const compared = [...blocks.values()].filter((block) => block.length > 1 && block.length <= MAX_BLOCK);
  const pairs = duplicatePairs(type, compared).filter((pair) => after === null || pairKey(pair) > after);
  return toPage(pairs.slice(0, size + 1), size, pairKey);
}
