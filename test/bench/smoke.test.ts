// A smoke run of the benchmark on a tiny graph: it works end to end and writes results of the right
// shape. Speed is judged from the benchmark's own output (npm run bench), never here.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/db/database";
import { loadSyntheticGraph } from "../../bench/generate";
import { IMPLEMENTATIONS, OPERATION_NAMES } from "../../bench/operations";
import { runBenchmark, type BenchResult } from "../../bench/run";
import { restoreSeed } from "../support/seeded";
import { openTestDatabase, testConfig } from "../support/test-server";

const STATEMENTS = 200;

let db: Database;
let resultsDir: string;

beforeAll(async () => {
  db = openTestDatabase();
  resultsDir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-bench-"));
  const report = await loadSyntheticGraph(db, { statements: STATEMENTS, seed: 3, reset: true });
  expect(report.statements).toBe(STATEMENTS);
}, 120_000);

afterAll(async () => {
  // Tests leave the database as they found it: exactly the seed.
  await restoreSeed(db);
  await db.driver.close();
  rmSync(resultsDir, { recursive: true, force: true });
}, 120_000);

describe("npm run bench, smoke run", () => {
  it("measures every operation on every implementation and writes the results", async () => {
    const run = await runBenchmark(testConfig(), {
      duration: 1,
      connections: 1,
      warmup: 0,
      operations: OPERATION_NAMES,
      resultsDir,
      inProcess: true,
    });

    const latest = JSON.parse(readFileSync(path.join(resultsDir, "latest.json"), "utf8")) as BenchResult[];
    const dated = path.join(resultsDir, `${new Date().toISOString().slice(0, 10)}-${STATEMENTS}.json`);
    expect(existsSync(dated)).toBe(true);
    expect(JSON.parse(readFileSync(dated, "utf8"))).toEqual(latest);
    expect(latest).toEqual(run.results);
    expect(latest).toHaveLength(OPERATION_NAMES.length * IMPLEMENTATIONS.length);
    for (const operation of OPERATION_NAMES) {
      for (const implementation of IMPLEMENTATIONS) {
        const result = latest.find((r) => r.operation === operation && r.implementation === implementation);
        expect(result).toBeDefined();
        expect(Object.keys(result!).sort()).toEqual(
          [
            "implementation",
            "operation",
            "p50_ms",
            "p99_ms",
            "requests_per_s",
            "round_trips",
            "statements",
            "server_cpu_ms",
            "neo4j_cpu_ms",
          ].sort(),
        );
        expect(result!.statements).toBe(STATEMENTS);
        for (const value of [result!.p50_ms, result!.p99_ms, result!.requests_per_s]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThan(0);
        }
        expect(result!.p99_ms).toBeGreaterThanOrEqual(result!.p50_ms);
        expect(result!.round_trips).toBeGreaterThanOrEqual(1);
        // In-process servers share this process: their own CPU cannot be told apart.
        expect(result!.server_cpu_ms).toBeNull();
        if (result!.neo4j_cpu_ms !== null) expect(result!.neo4j_cpu_ms).toBeGreaterThan(0);
      }
    }
    expect(latest.filter((r) => r.implementation === "raw").every((r) => r.round_trips === 1)).toBe(true);
  }, 180_000);
});
