// A popular speaker's page walks the statement id index instead of sorting all their statements: it
// must return exactly the pages the general query returns.
import { EntityType, StatementKind } from "../../src/graph/model";
import {
  articleRow,
  emptyBatch,
  entityRow,
  statementRelationshipRows,
  statementRow,
} from "../../src/seed/graph-batch";
import { loadBatch } from "../../src/store/graph-loader";
import { listStatements } from "../../src/store/statements";
import { restoreSeed } from "../support/seeded";
import { openTestDatabase } from "../support/test-server";

const db = openTestDatabase();
const SPEAKER = "person/prolific-speaker";
const ARTICLE = "article/prolific";

beforeAll(async () => {
  // 80 statements by one speaker in a graph of about 200: popular enough for the index walk
  // (said² > page size × all statements).
  const text = Array.from({ length: 80 }, (_, i) => `Statement number ${i}.`).join("\n");
  const batch = emptyBatch();
  batch.entities.push(
    entityRow({ id: SPEAKER, type: EntityType.Person, name: "Prolific Speaker", aliases: [] }),
  );
  batch.articles.push(
    articleRow(
      { id: ARTICLE, title: "Prolific", publisher: null, publishedOn: "2025-02-01", url: null },
      text,
      null,
    ),
  );
  let offset = 0;
  for (let i = 0; i < 80; i += 1) {
    const excerpt = `Statement number ${i}.`;
    const statement = {
      id: `statement/prolific/${String((i * 7919) % 1000).padStart(3, "0")}-${i}`,
      speaker: SPEAKER,
      kind: StatementKind.CLAIM,
      text: excerpt,
      via: [],
      mentions: [],
      evidence: { start: offset, end: offset + excerpt.length, excerpt },
    };
    offset += excerpt.length + 1;
    batch.statements.push(statementRow(ARTICLE, statement));
    batch.relationships.push(...statementRelationshipRows(ARTICLE, statement));
  }
  await loadBatch(db, batch);
});

afterAll(async () => {
  await restoreSeed(db);
  await db.driver.close();
});

async function allPages(filter: Parameters<typeof listStatements>[1], first: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const page = await listStatements(db, filter, { first, after });
    pages.push(page.items.map((statement) => statement.id));
    if (!page.hasNextPage) return pages;
    after = page.endCursor;
  }
}

it("pages a popular speaker's statements exactly as the general query does", async () => {
  const walked = await allPages({ speaker: SPEAKER }, 7);
  // Naming every kind sends the same question through the general query.
  const general = await allPages({ speaker: SPEAKER, kinds: Object.values(StatementKind) }, 7);
  expect(walked.flat()).toHaveLength(80);
  expect(walked).toEqual(general);
  expect(new Set(walked.flat()).size).toBe(80);
});
