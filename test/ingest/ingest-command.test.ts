// `npm run ingest -- folder/` as a user runs it, against the test Neo4j and the test CoreNLP: every article
// it can is ingested, a failing one is reported with its reason, and the exit status says one failed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
}, 180_000);

afterAll(async () => {
  await expectGraphIntact(db);
  await restoreSeed(db);
  await db.driver.close();
  rmSync(folder, { recursive: true, force: true });
});

function ingestFolder(): { status: number | null; stdout: string; stderr: string } {
  return spawnSync("node", ["dist/scripts/ingest.js", folder, "--published-on", "2025-03-03"], {
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
    expect(run.stderr).toMatch(/2 of 3 articles ingested/);
    expect(run.stderr).toMatch(/b-junk\.txt: .*control character/);
    const titles = await db.read<{ title: string }>(
      "MATCH (a:Article) WHERE a.title IN $titles RETURN a.title AS title ORDER BY title",
      { titles: ["Harbour of Ostrel reopens", "Ferry line to Brask resumes"] },
    );
    expect(titles.map((row) => row.title)).toEqual([
      "Ferry line to Brask resumes",
      "Harbour of Ostrel reopens",
    ]);
  }, 300_000);

  it("changes nothing when the same folder is ingested again", async () => {
    const run = ingestFolder();
    expect(run.stdout).toContain("stored already, unchanged");
    expect(run.stdout).not.toMatch(/statements, \d+ new entities/);
  }, 300_000);
});
