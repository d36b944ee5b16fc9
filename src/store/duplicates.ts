// duplicateCandidates: likely duplicate entities of one type, scored by src/graph/duplicates.ts, paged.
// One read of the type's entities (names, aliases, statement counts) and of its names waiting for review;
// blocks of more than MAX_BLOCK entities (a surname hundreds share) are not compared, so a request's work
// stays bounded. Names waiting for review are weighed against their candidates (graph/duplicates
// reviewItemPairs), with one read per step of the merges their candidates went through and one of how
// often their namesakes are named with their company. For people a last read leaves out the pairs
// mergeEntities would refuse: roles held at once.
import { cypher, cypherTemplate } from "../db/cypher";
import type { Database } from "../db/database";
import { EntityType, Label } from "../graph/model";
import {
  blocksOf,
  duplicatePairs,
  inPairOrder,
  namesakeQuestions,
  pairKey,
  reviewItemPairs,
  type CompanyCounts,
  type DuplicateMember,
  type NamesakeQuestion,
  type DuplicatePair,
  type ReviewItemMember,
} from "../graph/duplicates";
import { keptEntityIds } from "./entity-merges";
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
  const rows = await db.read<
    Omit<ReviewItemMember, "candidates"> & { candidates: string[] | null } & Record<string, unknown>
  >(cypherTemplate("store/duplicate-members", { label: Label[type] }, LABELS));
  const members: DuplicateMember[] = rows.filter((row) => row.candidates === null);
  const items = rows.filter((row): row is typeof row & ReviewItemMember => row.candidates !== null);
  const kept = await keptEntityIds(db, [...new Set(items.flatMap((item) => item.candidates))]);
  const keptOf = (id: string) => kept.get(id) ?? id;
  const byId = new Map(members.map((member) => [member.id, member]));
  const company = await namedInCompany(db, namesakeQuestions(type, items, byId, keptOf));
  const pairs = inPairOrder([
    ...duplicatePairs(type, blocksOf(type, members, MAX_BLOCK)),
    ...reviewItemPairs(type, items, byId, keptOf, company),
  ]).filter((pair) => after === null || pairKey(pair) > after);
  const twoPeople = type === EntityType.Person ? await pairsWithOverlappingRoles(db, pairs) : new Set();
  const proposed = pairs.filter((pair) => !twoPeople.has(`${pair.keep.id}|${pair.merge.id}`));
  return toPage(proposed.slice(0, size + 1), size, pairKey);
}

/** How often each namesake of a name waiting for review is named with the name's company (store/named-in-company). */
async function namedInCompany(db: Database, questions: readonly NamesakeQuestion[]): Promise<CompanyCounts> {
  const counts = new Map<string, Map<string, number>>();
  if (questions.length === 0) return counts;
  const rows = await db.read<{ item: string; namesake: string; together: number }>(
    cypher("store/named-in-company"),
    { questions },
  );
  for (const row of rows) {
    const ofItem = counts.get(row.item) ?? new Map<string, number>();
    ofItem.set(row.namesake, row.together);
    counts.set(row.item, ofItem);
  }
  return counts;
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
