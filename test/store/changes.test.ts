// The change feed in the store: every write appends in its own transaction, numbered without gaps in
// commit order (also under concurrent writers); refused writes append nothing; pages resume from their
// cursor without a loss or a repeat; filters and the per-read bound; pruning and expired cursors.
import { ChangeKind, EntityType } from "../../src/graph/model";
import { CursorExpiredError, InputError } from "../../src/errors";
import { createEntity, deleteEntity, updateEntity } from "../../src/store/entity-writes";
import {
  appendChanges,
  changeCursor,
  feedHead,
  MAX_CHANGES_SCANNED,
  pruneChanges,
  readChanges,
  type ChangeEntry,
} from "../../src/store/changes";
import { statementsMatching } from "../../src/store/statements";
import { createStatement } from "../../src/store/statement-writes";
import type { Database } from "../../src/db/database";
import { expectGraphIntact } from "../support/graph-check";
import { expectGraphUnchanged, graphDigest } from "../support/graph-digest";
import { restoreSeed } from "../support/seeded";
import { openTestDatabase } from "../support/test-server";

const PREFIX = "place/feed-test-";
let db: Database;

beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await expectGraphIntact(db);
  await restoreSeed(db);
  await db.driver.close();
});

/** Every entry after `position`, read page by page through the cursors. */
async function readAll(position: number): Promise<ChangeEntry[]> {
  const all: ChangeEntry[] = [];
  let after: string | null = changeCursor(position);
  for (;;) {
    const page = await readChanges(db, { after, first: 7 });
    all.push(...page.items);
    after = page.endCursor;
    if (!page.hasNextPage) return all;
  }
}

describe("the change feed", () => {
  it("numbers the entries of concurrent writers 1, 2, 3… in commit order, one per write", async () => {
    const before = await feedHead(db);
    const names = Array.from({ length: 12 }, (_, i) => `Feed Test ${i}`);
    await Promise.all(names.map((name) => createEntity(db, { type: EntityType.Place, name, kind: "TOWN" })));
    const entries = await readAll(before);
    expect(entries.map((entry) => entry.seq)).toEqual(names.map((_, i) => before + i + 1));
    expect(entries.map((entry) => entry.subjectId).sort()).toEqual(
      names.map((_, i) => `${PREFIX}${i}`).sort(),
    );
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(new Set([ChangeKind.ENTITY_ADDED]));
    // Commit order: an entry's time is never before the one numbered under it.
    const times = entries.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await feedHead(db)).toBe(before + names.length);
  });

  it("appends nothing for a refused write", async () => {
    const head = await feedHead(db);
    const digest = await graphDigest(db);
    await expect(createEntity(db, { type: EntityType.Place, name: "Feed Test 0" })).rejects.toThrow(
      "already exists",
    );
    await expect(updateEntity(db, `${PREFIX}0`, { name: "Renamed" }, 99)).rejects.toThrow("version");
    await expect(deleteEntity(db, `${PREFIX}missing`)).rejects.toThrow("no node");
    await expectGraphUnchanged(db, digest);
    expect(await feedHead(db)).toBe(head);
  });

  it("records updates and deletes, and resumes after a cursor without a loss or a repeat", async () => {
    const before = await feedHead(db);
    await updateEntity(db, `${PREFIX}1`, { description: "Changed." });
    const first = await readChanges(db, { after: changeCursor(before), first: 1 });
    expect(first.items.map((entry) => [entry.kind, entry.subjectId])).toEqual([
      [ChangeKind.ENTITY_UPDATED, `${PREFIX}1`],
    ]);
    await deleteEntity(db, `${PREFIX}2`);
    const next = await readChanges(db, { after: first.endCursor });
    expect(next.items.map((entry) => [entry.kind, entry.subjectId, entry.seq])).toEqual([
      [ChangeKind.ENTITY_DELETED, `${PREFIX}2`, before + 2],
    ]);
    expect(next.hasNextPage).toBe(false);
    // Read again from the same cursor: the same entries (a cursor is stable).
    expect((await readChanges(db, { after: first.endCursor })).items).toEqual(next.items);
  });

  it("filters by kind and by entity, going on past the entries it skips", async () => {
    const before = await feedHead(db);
    await updateEntity(db, `${PREFIX}3`, { description: "Changed." });
    await updateEntity(db, `${PREFIX}4`, { description: "Changed." });
    await deleteEntity(db, `${PREFIX}5`);
    const byEntity = await readChanges(db, { after: changeCursor(before), filter: { entity: `${PREFIX}4` } });
    expect(byEntity.items.map((entry) => entry.seq)).toEqual([before + 2]);
    const byKind = await readChanges(db, {
      after: changeCursor(before),
      first: 1,
      filter: { kinds: [ChangeKind.ENTITY_DELETED] },
    });
    expect(byKind.items.map((entry) => entry.subjectId)).toEqual([`${PREFIX}5`]);
    expect(byKind.endCursor).toBe(changeCursor(before + 3));
  });

  it("looks at no more than MAX_CHANGES_SCANNED entries per read, and says where to go on", async () => {
    const before = await feedHead(db);
    const filler = Array.from({ length: MAX_CHANGES_SCANNED + 5 }, (_, i) => ({
      kind: ChangeKind.ENTITY_UPDATED,
      subjectId: `${PREFIX}filler-${i}`,
    }));
    await db.write((tx) => appendChanges(tx, filler));
    await updateEntity(db, `${PREFIX}6`, { description: "Changed." });
    const filter = { entity: `${PREFIX}6` };
    const first = await readChanges(db, { after: changeCursor(before), filter });
    expect(first.items).toEqual([]);
    expect(first.hasNextPage).toBe(true);
    expect(first.endCursor).toBe(changeCursor(before + MAX_CHANGES_SCANNED));
    const second = await readChanges(db, { after: first.endCursor, filter });
    expect(second.items.map((entry) => entry.subjectId)).toEqual([`${PREFIX}6`]);
    expect(second.hasNextPage).toBe(false);
  });

  it("refuses a cursor it did not hand out, naming the argument", async () => {
    await expect(readChanges(db, { after: "bm9wZQ" })).rejects.toThrow(InputError);
    await expect(
      readChanges(db, { after: Buffer.from("ng1:statement/x").toString("base64url") }),
    ).rejects.toThrow("after: is not a change-feed cursor");
    await expect(readChanges(db, { after: changeCursor((await feedHead(db)) + 10) })).rejects.toThrow(
      CursorExpiredError,
    );
  });

  it("prunes old entries, and refuses a cursor from before them with CURSOR_EXPIRED", async () => {
    const head = await feedHead(db);
    await createEntity(db, { type: EntityType.Place, name: "Feed Test Late", kind: "TOWN" });
    const deleted = await pruneChanges(db, new Date(Date.now() + 60_000));
    expect(deleted).toBeGreaterThan(MAX_CHANGES_SCANNED);
    expect(await pruneChanges(db, new Date(Date.now() + 60_000))).toBe(0);
    const expired = readChanges(db, { after: changeCursor(head) });
    await expect(expired).rejects.toMatchObject({ code: "CURSOR_EXPIRED", field: "after" });
    const fresh = await readChanges(db, {});
    expect(fresh.items).toEqual([]);
    expect(fresh.latestCursor).toBe(changeCursor(head + 1));
    await createEntity(db, { type: EntityType.Place, name: "Feed Test After Pruning", kind: "TOWN" });
    expect((await readChanges(db, { after: fresh.latestCursor })).items.map((entry) => entry.seq)).toEqual([
      head + 2,
    ]);
    await expectGraphIntact(db);
  });

  it("finds the new statements a subscriber asked for, by speaker, mention, kind and confidence", async () => {
    const [article] = await db.read<{ id: string; text: string }>(
      "MATCH (a:Article) RETURN a.id AS id, a.text AS text ORDER BY a.id LIMIT 1",
    );
    const excerpt = article.text.slice(0, 40);
    const evidence = { start: 0, end: excerpt.length, excerpt };
    const write = (id: string, speaker: string, kind: "CLAIM" | "QUOTE", mentions: string[]) =>
      createStatement(db, {
        id: `statement/feed-test/${id}`,
        articleId: article.id,
        speaker,
        kind: kind as never,
        text: `Feed test statement ${id}.`,
        mentions,
        evidence,
      });
    await write("a", `${PREFIX}7`, "CLAIM", [`${PREFIX}8`]);
    await write("b", `${PREFIX}8`, "QUOTE", []);
    await write("c", `${PREFIX}7`, "QUOTE", []);
    await db.write((tx) =>
      tx.run("MATCH (s:Statement {id: 'statement/feed-test/c'}) SET s.confidence = 0.4"),
    );
    const ids = ["a", "b", "c", "gone"].map((id) => `statement/feed-test/${id}`);
    const found = async (filter: Parameters<typeof statementsMatching>[2]) =>
      (await statementsMatching(db, ids, filter)).map((statement) => statement.id.split("/").pop());
    expect(await found({})).toEqual(["a", "b", "c"]);
    expect(await found({ speaker: `${PREFIX}7` })).toEqual(["a", "c"]);
    expect(await found({ mentions: `${PREFIX}8` })).toEqual(["a"]);
    expect(await found({ kind: "QUOTE" as never })).toEqual(["b", "c"]);
    expect(await found({ minConfidence: 0.5 })).toEqual(["a", "b"]);
  });
});
