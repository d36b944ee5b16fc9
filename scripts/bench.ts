// npm run bench: Newsgraph, @neo4j/graphql and raw Cypher side by side over the same database.
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { formatTable, fullReport } from "../bench/report";
import { RESULTS_DIR, runBenchmark, type BenchResult } from "../bench/run";
import {
  IMPLEMENTATIONS,
  OPERATION_NAMES,
  type Implementation,
  type OperationName,
} from "../bench/operations";
import { parseCli, runMain } from "../src/cli";
import { loadConfig } from "../src/config";

const HELP = `
Usage: npm run bench [-- --duration S] [-- --connections N] [-- --warmup S] [-- --operations a,b] [-- --smoke]

Runs each operation against three implementations over the same Neo4j database — raw (hand-written
Cypher through neo4j-driver behind a minimal HTTP endpoint), newsgraph (this API) and neo4j-graphql
(@neo4j/graphql with equivalent type definitions) — after checking that all three return the same
non-empty answer. Each is driven by autocannon with the same connections, duration and warm-up.
Prints a table and writes bench/results/<date>-<statements>.json and bench/results/latest.json:
[{ operation, implementation, statements, p50_ms, p99_ms, requests_per_s, round_trips,
  server_cpu_ms, neo4j_cpu_ms }] (CPU milliseconds per request of the server process and of a local
Neo4j, from /proc; null where not measurable: in-process servers, a remote database).

Load a graph first: npm run bench:generate -- --statements 100000 --reset

Operations: ${OPERATION_NAMES.join(", ")}

Options:
  --duration S         measured seconds per operation and implementation      [10]
  --connections N      concurrent connections                                 [10]
  --warmup S           unmeasured seconds before each measurement             [3]
  --operations a,b     a comma-separated subset of the operations             [all]
  --implementations    a comma-separated subset of ${IMPLEMENTATIONS.join(", ")}   [all]
  --out DIR            where to write the results                             [bench/results]
  --smoke              a check that the benchmark works, in seconds: 1 s, 1 connection, no warm-up
  --in-process         run the servers in this process instead of child processes
  --report FILE        measure nothing: print the tables of a results file (bench/results/latest.json)
  -h, --help

Uses NEO4J_URI etc. (README.md); the database must already hold the benchmark graph.
`;

const { values } = parseCli(HELP, {
  duration: { type: "string" },
  connections: { type: "string" },
  warmup: { type: "string" },
  operations: { type: "string" },
  implementations: { type: "string" },
  out: { type: "string" },
  smoke: { type: "boolean" },
  "in-process": { type: "boolean" },
  report: { type: "string" },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${HELP.trim()}\n`);
  process.exit(2);
}

function number(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) fail(`--${name} must be a number ≥ ${min}, got ${raw}`);
  return value;
}

function subset<T extends string>(name: string, raw: string | undefined, all: readonly T[]): T[] {
  if (raw === undefined) return [...all];
  const chosen = raw.split(",").map((item) => item.trim()) as T[];
  const unknown = chosen.find((item) => !all.includes(item));
  if (unknown !== undefined) fail(`--${name}: unknown ${unknown} (one of ${all.join(", ")})`);
  return chosen;
}

const smoke = values.smoke ?? false;
const options = {
  duration: number("duration", values.duration, smoke ? 1 : 10, 1),
  connections: Math.round(number("connections", values.connections, smoke ? 1 : 10, 1)),
  warmup: number("warmup", values.warmup, smoke ? 0 : 3, 0),
  operations: subset<OperationName>("operations", values.operations, OPERATION_NAMES),
  implementations: subset<Implementation>("implementations", values.implementations, IMPLEMENTATIONS),
  resultsDir: values.out ?? RESULTS_DIR,
  inProcess: values["in-process"] ?? false,
};

function readResults(file: string): BenchResult[] {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as BenchResult[];
  } catch (error) {
    fail(`--report: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

runMain(async () => {
  if (values.report !== undefined) {
    process.stdout.write(`${fullReport(readResults(values.report))}\n`);
    return;
  }
  const config = loadConfig();
  const run = await runBenchmark(config, { ...options, log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`\n${formatTable(run.results)}\n\n${fullReport(run.results)}\n\n`);
  process.stdout.write(`wrote ${run.files.join(" and ")}\n`);
});
