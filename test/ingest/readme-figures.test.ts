// README's extraction figures are the evaluation's own output: the test runs `npm run ingest:eval` as a
// user would (seed and held-out corpus; PolNeAR's dev split when the corpus is beside the project) and
// fails when a README table differs from the table the tool prints.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { markdownCells } from "../../src/ingest/evaluate-polnear";
import { PROJECT_ROOT } from "../../src/paths";
import { buildOnce } from "../support/build";
import { testNlpUrl } from "../support/nlp-server";

const POLNEAR = path.join(PROJECT_ROOT, "..", "shared", "corpora", "polnear");
const README = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "newsgraph-eval-"));
  buildOnce();
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The table README shows after `<!-- ingest-eval NAME -->`. */
function readmeTable(name: string): string[][] {
  const marker = `<!-- ingest-eval ${name} -->`;
  const start = README.indexOf(marker);
  if (start < 0) throw new Error(`README has no ${marker}`);
  const after = README.slice(start + marker.length).trimStart();
  const table = after.slice(0, after.search(/\n\s*\n/) < 0 ? undefined : after.search(/\n\s*\n/));
  return markdownCells(table);
}

/** The table `npm run ingest:eval -- ARGS --markdown` prints. */
function toolTable(args: string[]): string[][] {
  const output = execFileSync(
    "node",
    ["dist/scripts/ingest-eval.js", ...args, "--markdown", "--out", path.join(scratch, "results.json")],
    {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      env: { ...process.env, CORENLP_URL: testNlpUrl() },
      maxBuffer: 64 << 20,
    },
  );
  const marker = output.indexOf("README table:");
  expect(marker).toBeGreaterThanOrEqual(0);
  return markdownCells(output.slice(marker));
}

describe("README's extraction figures", () => {
  it("are what npm run ingest:eval measures on the seed and the held-out corpus", () => {
    expect(readmeTable("seed")).toEqual(toolTable(["--corpus", "seed"]));
  }, 600_000);

  (existsSync(POLNEAR) ? it : it.skip)(
    "are what npm run ingest:eval measures on PolNeAR's dev split (when the corpus is beside the project)",
    () => {
      expect(readmeTable("polnear-dev")).toEqual(toolTable(["--corpus", "polnear", "--split", "dev"]));
    },
    1_800_000,
  );
});
