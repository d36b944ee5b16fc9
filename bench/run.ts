// The benchmark run: picks each operation's parameters from the database, starts the three
// implementations over it, checks that they all return the same non-empty answer, then drives each
// with autocannon under identical settings and reports p50, p99, requests/s and Cypher round trips.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import type { Config } from "../src/config";
import { cypher } from "../src/db/cypher";
import { createDriver, Database } from "../src/db/database";
import { PROJECT_ROOT } from "../src/paths";
import {
  IMPLEMENTATIONS,
  OPERATIONS,
  pickParameters,
  statementCount,
  type BenchRequest,
  type Implementation,
  type OperationName,
  type OperationParameters,
} from "./operations";
import { cpuDuring, localNeo4jPid } from "./cpu";
import { formatCpu } from "./report";
import { startServer, type RunningServer } from "./servers";

export const RESULTS_DIR = path.join(PROJECT_ROOT, "bench", "results");

/** One line of bench/results/*.json. */
export interface BenchResult {
  operation: OperationName;
  implementation: Implementation;
  statements: number;
  p50_ms: number;
  p99_ms: number;
  requests_per_s: number;
  round_trips: number;
  /** CPU milliseconds per request of the server's process and of Neo4j; null where not measurable (see cpu.ts). */
  server_cpu_ms: number | null;
  neo4j_cpu_ms: number | null;
}

export interface BenchOptions {
  /** Seconds of measured load per operation and implementation. */
  duration: number;
  connections: number;
  /** Seconds of unmeasured load before each measurement. */
  warmup: number;
  operations: readonly OperationName[];
  implementations?: readonly Implementation[];
  /** Where to write <date>-<statements>.json and latest.json. */
  resultsDir?: string;
  /** Run the servers in this process rather than in child processes. */
  inProcess?: boolean;
  log?: (line: string) => void;
}

export interface BenchRun {
  statements: number;
  parameters: OperationParameters;
  results: BenchResult[];
  files: string[];
}

interface Answer {
  status: number;
  body: { data?: Record<string, unknown>; errors?: unknown[]; extensions?: { cypherRoundTrips?: number } };
}

async function post(server: RunningServer, request: BenchRequest): Promise<Answer> {
  const response = await fetch(`${server.url}${request.path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request.body),
  });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

/**
 * Asks every implementation every operation once; throws unless each answers 200 without errors,
 * non-empty and the same as the raw implementation. Returns the round trips each answer cost.
 */
async function checkAnswers(
  servers: RunningServer[],
  operations: readonly OperationName[],
  parameters: OperationParameters,
): Promise<Map<string, number>> {
  const roundTrips = new Map<string, number>();
  // A first request per server pays for one-off work (@neo4j/graphql asks Neo4j for its version).
  for (const server of servers)
    await post(server, OPERATIONS[operations[0]].request(server.implementation, parameters));
  for (const name of operations) {
    const operation = OPERATIONS[name];
    let reference: { implementation: Implementation; canonical: unknown } | undefined;
    for (const server of servers) {
      const answer = await post(server, operation.request(server.implementation, parameters));
      const where = `${name} on ${server.implementation}`;
      if (answer.status !== 200 || answer.body.errors || !answer.body.data) {
        throw new Error(`${where} failed (${answer.status}): ${JSON.stringify(answer.body).slice(0, 500)}`);
      }
      const canonical = operation.canonical(server.implementation, answer.body.data);
      if (!operation.nonEmpty(canonical)) throw new Error(`${where} returned nothing to compare`);
      if (!reference) {
        reference = { implementation: server.implementation, canonical };
      } else if (!isDeepStrictEqual(canonical, reference.canonical)) {
        throw new Error(
          `${where} differs from ${reference.implementation}:\n` +
            `  ${JSON.stringify(canonical).slice(0, 800)}\n  ${JSON.stringify(reference.canonical).slice(0, 800)}`,
        );
      }
      roundTrips.set(`${name}/${server.implementation}`, answer.body.extensions?.cypherRoundTrips ?? 0);
    }
  }
  return roundTrips;
}

interface LoadStats {
  p50: number;
  p99: number;
  requestsPerSecond: number;
  failures: number;
  /** CPU milliseconds per request of each process asked about; undefined where unknown. */
  cpuMsPerRequest: (number | undefined)[];
  /** Set when too few requests finished within the duration and a few were timed one at a time. */
  note?: string;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** A request may take long (@neo4j/graphql on a large graph): only a failure counts as an error, never slowness. */
const REQUEST_TIMEOUT_SECONDS = 600;

type Limit = { duration: number } | { amount: number };

/** Drives one server with autocannon; latencies are kept to the microsecond (autocannon's own are whole ms). */
async function cannon(
  server: RunningServer,
  request: BenchRequest,
  connections: number,
  limit: Limit,
): Promise<{ latencies: number[]; seconds: number; failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  let instance: autocannon.Instance | undefined;
  const started = performance.now();
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: server.url,
        connections,
        ...limit,
        timeout: REQUEST_TIMEOUT_SECONDS,
        requests: [
          {
            method: "POST",
            path: request.path,
            headers: { "content-type": "application/json" },
            body: JSON.stringify(request.body),
            onResponse: (status, body) => {
              if (status !== 200 || body.includes('"errors"')) failures += 1;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error as Error) : resolve(result)),
    );
  });
  instance?.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
  });
  const result = await finished;
  const seconds = "duration" in limit ? result.duration : (performance.now() - started) / 1000;
  return { latencies, seconds, failures: failures + result.errors + result.timeouts + result.non2xx };
}

/** Fewer finished requests than this in the measured window, and the operation is timed one request at a time. */
const MIN_SAMPLES = 5;

/** Loads `server` for `seconds`, measuring the CPU time that costs the processes `pids`. */
async function load(
  server: RunningServer,
  request: BenchRequest,
  connections: number,
  seconds: number,
  pids: (number | undefined)[],
): Promise<LoadStats> {
  let measured = await cpuDuring(pids, () => cannon(server, request, connections, { duration: seconds }));
  let note: string | undefined;
  const { latencies: finished, failures } = measured.result;
  if (finished.length < MIN_SAMPLES && failures === 0) {
    measured = await cpuDuring(pids, () => cannon(server, request, 1, { amount: MIN_SAMPLES }));
    note = `only ${finished.length} requests finished in ${seconds} s with ${connections} connections; timed ${MIN_SAMPLES} with 1`;
  }
  const run = measured.result;
  const latencies = [...run.latencies].sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    requestsPerSecond: latencies.length / run.seconds,
    failures: run.failures,
    cpuMsPerRequest: measured.cpuMs.map((ms) =>
      ms === undefined || latencies.length === 0 ? undefined : ms / latencies.length,
    ),
    note,
  };
}

/**
 * Waits until Neo4j runs nothing but this query: requests abandoned when a measurement ends keep
 * running in the database and would slow the next measurement.
 */
async function waitForIdleDatabase(db: Database, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await db.read<{ running: number }>(cypher("bench/running-transactions"));
    if (row.running <= 1) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const cpuMs = (value: number | undefined) => (value === undefined ? null : round(value, 3));

/** Writes <date>-<statements>.json and latest.json (which keeps the other scales of earlier runs). */
function writeResults(dir: string, statements: number, results: BenchResult[]): string[] {
  mkdirSync(dir, { recursive: true });
  const dated = path.join(dir, `${new Date().toISOString().slice(0, 10)}-${statements}.json`);
  writeFileSync(dated, `${JSON.stringify(results, null, 2)}\n`);
  const latest = path.join(dir, "latest.json");
  let kept: BenchResult[] = [];
  try {
    kept = (JSON.parse(readFileSync(latest, "utf8")) as BenchResult[]).filter(
      (r) => r.statements !== statements,
    );
  } catch {
    kept = [];
  }
  const merged = [...kept, ...results].sort((a, b) => a.statements - b.statements);
  writeFileSync(latest, `${JSON.stringify(merged, null, 2)}\n`);
  return [dated, latest];
}

export async function runBenchmark(config: Config, options: BenchOptions): Promise<BenchRun> {
  const log = options.log ?? (() => undefined);
  const implementations = options.implementations ?? IMPLEMENTATIONS;
  const db = new Database(createDriver(config), config.neo4jDatabase);
  const servers: RunningServer[] = [];
  try {
    const statements = await statementCount(db);
    const parameters = await pickParameters(db);
    log(`${statements} statements; parameters ${JSON.stringify(parameters)}`);
    log(
      `machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    for (const implementation of implementations) {
      servers.push(await startServer(implementation, config, options));
    }
    const roundTrips = await checkAnswers(servers, options.operations, parameters);
    const neo4jPid = localNeo4jPid(config);
    log("every implementation returns the same non-empty answers");
    const results: BenchResult[] = [];
    for (const operation of options.operations) {
      for (const server of servers) {
        const request = OPERATIONS[operation].request(server.implementation, parameters);
        if (options.warmup > 0) {
          await cannon(server, request, options.connections, { duration: options.warmup });
          await waitForIdleDatabase(db);
        }
        const stats = await load(server, request, options.connections, options.duration, [
          server.pid,
          neo4jPid,
        ]);
        await waitForIdleDatabase(db);
        if (stats.failures > 0) {
          throw new Error(
            `${operation} on ${server.implementation}: ${stats.failures} failed requests under load`,
          );
        }
        const result: BenchResult = {
          operation,
          implementation: server.implementation,
          statements,
          p50_ms: round(stats.p50, 3),
          p99_ms: round(stats.p99, 3),
          requests_per_s: round(stats.requestsPerSecond, 1),
          round_trips: roundTrips.get(`${operation}/${server.implementation}`) ?? 0,
          server_cpu_ms: cpuMs(stats.cpuMsPerRequest[0]),
          neo4j_cpu_ms: cpuMs(stats.cpuMsPerRequest[1]),
        };
        results.push(result);
        log(
          `${operation} ${server.implementation}: p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, ` +
            `${result.requests_per_s} req/s, ${result.round_trips} round trips, ` +
            `CPU per request ${formatCpu(result.server_cpu_ms)} ms server, ${formatCpu(result.neo4j_cpu_ms)} ms Neo4j ` +
            `(load ${os.loadavg()[0].toFixed(1)})` +
            (stats.note ? `; ${stats.note}` : ""),
        );
      }
    }
    if ((await statementCount(db)) !== statements) throw new Error("the graph changed during the run");
    const files = writeResults(options.resultsDir ?? RESULTS_DIR, statements, results);
    return { statements, parameters, results, files };
  } finally {
    for (const server of servers) await server.close();
    await db.driver.close();
  }
}
