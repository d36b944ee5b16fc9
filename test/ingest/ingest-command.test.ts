// `npm run ingest -- folder/` as a user runs it, against the test Neo4j and the test CoreNLP: every article
// it can is ingested, a failing one is reported with its reason, and the exit status says one failed.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/db/database";
import { PROJECT_ROOT } from "../../src/paths";
import { buildOnce } from "../support/build";
import { expectGraphIntact } from "../support/graph-check";
import { testNlpUrl } from "../support/nlp-server";
import { restoreSeed } from "../support/seeded";
import { openTestDatabase } from "../support/test-server";

const HARBOUR = `Harbour of Ostrel reopens
The harbour of Ostrel reopened on Monday, port director Lena Marsk said.
"Ships are coming back," Marsk told reporters.
`;
const FERRY = `Ferry line to Brask resumes
The ferry line between Ostrel and Brask will resume next week, harbour master Ilona Vesk said on Tuesday.
`;

// An article with one stray control character (a byte of another encoding) after "Caf".
const PIER = `New pier opens in Ostrel
The new passenger pier in Ostrel opened on Wednesday, the harbour authority said. ${"The pier has room for two ferries and a cargo boat, and its waiting hall seats two hundred people. ".repeat(10)}The old Caf\u0083 by the pier will stay, the mayor said.
`;

let db: Database;
let folder: string;

beforeAll(() => {
  buildOnce();
  db = openTestDatabase();
  folder = mkdtempSync(path.join(os.tmpdir(), "newsgraph-ingest-"));
  writeFileSync(path.join(folder, "a-harbour.txt"), HARBOUR);
  writeFileSync(
    path.join(folder, "b-junk.txt"),
    Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)),
  );
  writeFileSync(path.join(folder, "c-ferry.txt"), FERRY);
  writeFileSync(path.join(folder, "d-pier.txt"), PIER);
}, 180_000);

afterAll(async () => {
  await expectGraphIntact(db);
  await restoreSeed(db);
  await db.driver.close();
  rmSync(folder, { recursive: true, force: true });
});

function ingestFolder(args = [folder, "--published-on", "2025-03-03"]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  return spawnSync("node", ["dist/scripts/ingest.js", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, CORENLP_URL: testNlpUrl(), LOG_LEVEL: "silent" },
    timeout: 300_000,
  });
}

describe("npm run ingest on a folder", () => {
  it("ingests every article it can, reports the one that fails with its reason, and exits 1", async () => {
    const run = ingestFolder();
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("a-harbour.txt → article/harbour-of-ostrel-reopens-");
    expect(run.stdout).toContain("c-ferry.txt → article/ferry-line-to-brask-resumes-");
    expect(run.stderr).toMatch(/3 of 4 articles ingested/);
    expect(run.stdout).toContain(
      `d-pier.txt: 1 stray control character read as space (offset ${PIER.indexOf("\u0083")})`,
    );
    expect(run.stderr).toMatch(/b-junk\.txt: .*control character/);
    const titles = await db.read<{ title: string }>(
      "MATCH (a:Article) WHERE a.title IN $titles RETURN a.title AS title ORDER BY title",
      { titles: ["Harbour of Ostrel reopens", "Ferry line to Brask resumes", "New pier opens in Ostrel"] },
    );
    expect(titles.map((row) => row.title)).toEqual([
      "Ferry line to Brask resumes",
      "Harbour of Ostrel reopens",
      "New pier opens in Ostrel",
    ]);
  }, 300_000);

  it("changes nothing when the same folder is ingested again", async () => {
    const run = ingestFolder();
    expect(run.stdout).toContain("stored already, unchanged");
    expect(run.stdout).not.toMatch(/statements, \d+ new entities/);
  }, 300_000);
});

describe("npm run ingest with a metadata table and an annotation cache", () => {
  const DOCKS = `Dock strike ends in Ostrel
Dock workers in Ostrel ended their strike on Wednesday, union leader Mira Tolk said.
`;
  const TOLLS = `Bridge tolls to rise
Tolls on the Brask bridge will rise in May, transport minister Aron Pell said.
`;

  it("gives each article the publisher and date its row names, and reuses the cached annotations", async () => {
    const outlets = path.join(folder, "outlets");
    const cache = path.join(folder, "cache");
    mkdirSync(outlets);
    writeFileSync(path.join(outlets, "docks.txt"), DOCKS);
    writeFileSync(path.join(outlets, "tolls.txt"), TOLLS);
    const table = path.join(folder, "metadata.tsv");
    writeFileSync(
      table,
      "filename\tpublisher\tpublication_date\ttitle\n" +
        "docks\tThe Ostrel Courier\t2025-04-02\tDock strike ends\n" +
        "tolls.txt\tBrask Evening News\t2025-04-05\t\n",
    );
    const run = ingestFolder([outlets, "--metadata", table, "--annotation-cache", cache]);
    expect(run.stderr).toMatch(/2 of 2 articles ingested/);
    expect(run.status).toBe(0);
    const articles = await db.read<{ title: string; publishedOn: string; publisher: string }>(
      `MATCH (a:Article)-[:PUBLISHED_BY]->(p) WHERE a.title IN $titles
       RETURN a.title AS title, toString(a.publishedOn) AS publishedOn, p.name AS publisher ORDER BY title`,
      { titles: ["Dock strike ends", "Bridge tolls to rise"] },
    );
    expect(articles).toEqual([
      { title: "Bridge tolls to rise", publishedOn: "2025-04-05", publisher: "Brask Evening News" },
      { title: "Dock strike ends", publishedOn: "2025-04-02", publisher: "The Ostrel Courier" },
    ]);
    const cached = readdirSync(cache, { recursive: true }).filter((name) =>
      String(name).endsWith(".json.gz"),
    );
    expect(cached.length).toBeGreaterThanOrEqual(2);
  }, 300_000);

  it("refuses a table without a file column before writing anything", () => {
    const table = path.join(folder, "bad.tsv");
    writeFileSync(table, "publisher\ttitle\nX\tY\n");
    const run = ingestFolder([folder, "--metadata", table]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/no file column/);
  }, 60_000);
});
