// The curated seed in the real Neo4j: provenance, speakers, idempotency, coverage, and bad records.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/db/database";
import { SEED_DIR } from "../../src/paths";
import { loadSeed } from "../../src/seed/load-seed";
import { SeedValidationError } from "../../src/seed/errors";
import { openTestDatabase } from "../support/test-server";
import { expectGraphUnchanged, graphDigest, type GraphDigest } from "../support/graph-digest";
import { graphCounts } from "../support/seeded";

const ARTICLE_ID = "article/kyiv-independent-2025-01-24";
const ARTICLE_JSON = "articles/kyiv-independent-2025-01-24.json";

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.driver.close();
});

describe("the seeded graph", () => {
  it("gives every statement and relationship evidence whose offsets slice the article text to the excerpt", async () => {
    const rows = await db.read<{ what: string; start: number; end: number; excerpt: string; text: string }>(`
      MATCH (article:Article)
      CALL (article) {
        MATCH (statement:Statement {articleId: article.id})
        RETURN statement.id AS what, statement.evidenceStart AS start, statement.evidenceEnd AS end,
               statement.excerpt AS excerpt
        UNION ALL
        MATCH ()-[relationship {articleId: article.id}]->()
        RETURN relationship.id AS what, relationship.evidenceStart AS start, relationship.evidenceEnd AS end,
               relationship.excerpt AS excerpt
      }
      RETURN what, start, end, excerpt, article.text AS text`);
    expect(rows.length).toBeGreaterThan(500);
    const mismatched = rows.filter((row) => row.text.slice(row.start, row.end) !== row.excerpt).map((row) => row.what);
    expect(mismatched).toEqual([]);
  });

  it("gives every relationship but the structural ones an article", async () => {
    const [row] = await db.read<{ missing: string[] }>(`
      MATCH ()-[relationship]->()
      WHERE NOT type(relationship) IN ['REPORTED_IN', 'PUBLISHED_BY', 'HAS_FIGURE']
        AND (relationship.articleId IS NULL OR relationship.excerpt IS NULL)
      RETURN collect(relationship.id) AS missing`);
    expect(row.missing).toEqual([]);
  });

  it("gives every statement exactly one speaker and its article", async () => {
    const [row] = await db.read<{ statements: number; bad: string[] }>(`
      MATCH (statement:Statement)
      WITH statement, COUNT { (:Entity)-[:SAID]->(statement) } AS speakers,
           COUNT { (statement)-[:REPORTED_IN]->(:Article) } AS articles
      RETURN count(statement) AS statements,
             collect(CASE WHEN speakers <> 1 OR articles <> 1 THEN statement.id END) AS bad`);
    expect(row.statements).toBeGreaterThan(100);
    expect(row.bad).toEqual([]);
  });

  it("holds all four core relationship types and the ones beyond them", async () => {
    const { relationshipTypes } = await graphCounts(db);
    for (const type of ["SAID", "STRUCK", "DISPUTES", "LOCATED_IN", "CONFIRMS", "MENTIONS", "VIA", "HOLDS_ROLE", "MEMBER_OF"]) {
      expect({ type, present: (relationshipTypes[type] ?? 0) > 0 }).toEqual({ type, present: true });
    }
  });

  it("covers every double-quoted passage of the article with a statement's evidence", async () => {
    const [{ text }] = await db.read<{ text: string }>("MATCH (a:Article {id: $id}) RETURN a.text AS text", {
      id: ARTICLE_ID,
    });
    const spans = await db.read<{ start: number; end: number }>(
      "MATCH (s:Statement {articleId: $id}) RETURN s.evidenceStart AS start, s.evidenceEnd AS end",
      { id: ARTICLE_ID },
    );
    const passages = [...text.matchAll(/"[^"\n]+"|“[^”\n]+”/g)].map((match) => ({
      passage: match[0],
      start: match.index,
      end: match.index + match[0].length,
    }));
    expect(passages.length).toBeGreaterThan(25);
    const uncovered = passages.filter((p) => !spans.some((span) => span.start <= p.start && span.end >= p.end));
    expect(uncovered.map((p) => p.passage)).toEqual([]);
  });

  it("places Pokrovsk in Donetsk Oblast in Ukraine, and every place under a country or region", async () => {
    const [chain] = await db.read<{ names: string[] }>(`
      MATCH path = (:Place {id: 'place/pokrovsk'})-[:LOCATED_IN*]->(top:Place)
      WHERE NOT (top)-[:LOCATED_IN]->()
      RETURN [node IN nodes(path) | node.name] AS names`);
    expect(chain.names).toEqual(["Pokrovsk", "Donetsk Oblast", "Ukraine"]);
    const [row] = await db.read<{ orphans: string[] }>(`
      MATCH (place:Place)
      WHERE NOT place.kind IN ['COUNTRY', 'CONTINENT', 'REGION']
        AND NOT EXISTS { (place)-[:LOCATED_IN*]->(:Place {kind: 'COUNTRY'}) }
      RETURN collect(place.id) AS orphans`);
    expect(row.orphans).toEqual([]);
  });

  it("keeps figures as numbers a user can filter on", async () => {
    const rows = await db.read<{ value: number }>(`
      MATCH (:Statement)-[:HAS_FIGURE]->(figure:Figure)
      WHERE figure.value = 90019
      RETURN figure.value AS value`);
    expect(rows.length).toBeGreaterThan(0);
  });

  it("changes nothing when the seed is loaded twice", async () => {
    const before = await graphDigest(db);
    await loadSeed(db);
    await expectGraphUnchanged(db, before);
  });
});

describe("a bad seed record", () => {
  let dir: string;
  let before: GraphDigest;

  beforeAll(async () => {
    before = await graphDigest(db);
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-seed-"));
    cpSync(SEED_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  function edit(file: string, change: (json: Json) => void): void {
    const full = path.join(dir, file);
    const json = JSON.parse(readFileSync(full, "utf8")) as Json;
    change(json);
    writeFileSync(full, JSON.stringify(json));
  }

  async function expectRejected(pattern: RegExp): Promise<void> {
    let error: unknown;
    try {
      await loadSeed(db, { seedDir: dir, reset: true });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(pattern);
    await expectGraphUnchanged(db, before);
  }

  it("is rejected when a statement names an unknown speaker", async () => {
    edit(ARTICLE_JSON, (json) => {
      json.statements[3].speaker = "person/nobody-at-all";
    });
    await expectRejected(/kyiv-independent-2025-01-24\.json: statement\/\S+: speaker: unknown id person\/nobody-at-all/);
  });

  it("is rejected when a relationship end dangles", async () => {
    edit(ARTICLE_JSON, (json) => {
      json.relationships[0].to = "facility/does-not-exist";
    });
    await expectRejected(/relationships\[0\] STRUCK .*: to: unknown id facility\/does-not-exist/);
  });

  it("is rejected when two entities share an id", async () => {
    edit("entities.json", (json) => {
      json.entities.push({ ...json.entities[0] });
    });
    await expectRejected(/entities\.json: person\/volodymyr-zelensky: id: duplicate id person\/volodymyr-zelensky/);
  });

  it("is rejected when a Statement is LOCATED_IN a place", async () => {
    edit(ARTICLE_JSON, (json) => {
      const located = json.relationships.find((r: Json) => r.type === "LOCATED_IN");
      located.from = json.statements[0].id;
    });
    await expectRejected(/LOCATED_IN statement\/\S+ → .*: from: statement\/\S+ is a Statement; expected Facility or Place or Organization/);
  });

  it("is rejected when offsets do not match the text", async () => {
    edit(ARTICLE_JSON, (json) => {
      json.statements[5].evidence.start += 3;
    });
    await expectRejected(/statement\/\S+: evidence: text\.slice\(\d+, \d+\) is .*, not the excerpt \(the excerpt occurs at/);
  });

  it("is rejected when LOCATED_IN goes round in a cycle", async () => {
    edit(ARTICLE_JSON, (json) => {
      const evidence = json.relationships[0].evidence;
      json.relationships.push({ type: "LOCATED_IN", from: "place/ukraine", to: "place/pokrovsk", evidence });
    });
    await expectRejected(/LOCATED_IN cycle: .*place\/ukraine.*→.*place\/pokrovsk/);
  });

  it("is rejected when a field is missing or of the wrong kind", async () => {
    edit(ARTICLE_JSON, (json) => {
      delete json.statements[2].text;
      json.statements[4].kind = "RUMOUR";
    });
    await expectRejected(/statement\/\S+: text: text should not be empty[\s\S]*statement\/\S+: kind: kind must be one of the following values/);
  });

  it("is rejected when a place has an organization's kind", async () => {
    edit("entities.json", (json) => {
      json.entities.find((e: Json) => e.id === "place/pokrovsk").kind = "MINISTRY";
    });
    await expectRejected(/entities\.json: place\/pokrovsk: kind: MINISTRY is not a Place kind/);
  });
});
