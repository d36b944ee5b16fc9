// npm run soak: the API under sustained load, as `npm start` runs it, measured from outside.
import "reflect-metadata";
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import autocannon from "autocannon";
import type { MemoryReport } from "../bench/soak-server";
import { parseCli, runMain } from "../src/cli";
import { EXAMPLE_OPERATIONS } from "../src/graphql/examples";
import { progressBar } from "../src/progress";

const HELP = `
Usage: npm run soak [-- --connections N] [-- --duration S] [-- --warmup S] [-- --settle S] [-- --rounds R]

Starts the API in a child process as \`npm start\` does (the local Neo4j when NEO4J_URI is unset, the
seed graph on an empty database; PORT, default 4000, must be free) in production mode, and drives
/graphql with autocannon: N connections, each sending the landing page's example operations in turn
(whoSaid, resolveEntity, a speaker's statements, strikes) for the warm-up (connections opening:
not measured) and then S seconds whose requests are measured, while /health is asked twice a
second. Then prints:

  requests/s, latency p50 / p99 / max (ms) of every answer and the slowest answer of each status,
  answers counted by status and code,
  /health's slowest answer, the longest the server's event loop was blocked, and the server's
  memory (RSS and heap after a full garbage collection) before the load and S seconds after it ended.

Options:
  --connections N   concurrent connections                                     [200]
  --duration S      measured seconds of load                                   [60]
  --warmup S        seconds of the same load before, not measured              [5]
  --settle S        seconds between the end of the load and the memory report  [5]
  --rounds R        the whole load R times on the same server: memory that     [1]
                    comes back to the same level after each round is not a leak
  -h, --help

The API's admission control (API_MAX_IN_FLIGHT, API_MAX_QUEUED, API_QUEUE_WAIT_MS) and timeouts
(NEO4J_QUERY_TIMEOUT_MS) come from the environment, as for npm start (README.md).
`;

const { values } = parseCli(HELP, {
  connections: { type: "string" },
  duration: { type: "string" },
  settle: { type: "string" },
  warmup: { type: "string" },
  rounds: { type: "string" },
});

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`--${name} must be a whole number ≥ 1, got ${raw}\n\n${HELP.trim()}\n`);
    process.exit(2);
  }
  return value;
}

interface ServerChild {
  url: string;
  memory(): Promise<MemoryReport>;
  stop(): Promise<void>;
}

function startServer(): Promise<ServerChild> {
  const child: ChildProcess = fork(path.join(__dirname, "..", "bench", "soak-server.js"), [], {
    execArgv: ["--expose-gc"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      API_KEYS: process.env.API_KEYS || "soak-only-key-0123456789",
    },
    stdio: "inherit",
  });
  const next = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: Record<string, unknown>) => {
        if (message.error) reject(new Error(`the API did not start: ${String(message.error)}`));
        if (!(key in message)) return;
        child.off("message", onMessage);
        resolve(message[key] as T);
      };
      child.on("message", onMessage);
      child.once("exit", (code) => reject(new Error(`the API exited with code ${code}`)));
    });
  return next<string>("url").then((url) => ({
    url,
    memory: () => {
      const answer = next<MemoryReport>("memory");
      child.send({ memory: true });
      return answer;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  }));
}

/** "503 SERVICE_UNAVAILABLE (at capacity)" for each error of an answer; "200" for one without errors. */
function answerKeys(status: number, body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const codes = (parsed.errors ?? []).map((error) => {
      const shed = error.message.startsWith("The API is at capacity") ? " (at capacity)" : "";
      return `${status} ${error.extensions?.code ?? "no code"}${shed}`;
    });
    return codes.length > 0 ? codes : [String(status)];
  } catch {
    return [`${status} (not JSON)`];
  }
}

/** Asks /health every 500 ms until stopped; resolves to its slowest measured answer and non-200 ones. */
function watchHealth(
  url: string,
  measuring: () => boolean,
): { stop(): Promise<{ slowestMs: number; failures: number }> } {
  let running = true;
  let slowestMs = 0;
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const ok = await fetch(`${url}/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (measuring()) {
        slowestMs = Math.max(slowestMs, Date.now() - started);
        if (!ok) failures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { slowestMs, failures };
    },
  };
}

/** Latencies of one status: how many, and the percentiles of their times. */
class Latencies {
  private readonly times: number[] = [];

  add(ms: number): void {
    this.times.push(ms);
  }

  get count(): number {
    return this.times.length;
  }

  summary(): string {
    const sorted = [...this.times].sort((a, b) => a - b);
    const at = (share: number) =>
      Math.round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]);
    const over = sorted.filter((ms) => ms > 5000).length;
    return `p50 ${at(0.5)}  p99 ${at(0.99)}  max ${at(1)} ms, ${over} over 5 s`;
  }
}

runMain(async () => {
  const connections = positive("connections", values.connections, 200);
  const duration = positive("duration", values.duration, 60);
  const warmup = positive("warmup", values.warmup, 5);
  const settle = positive("settle", values.settle, 5);
  const rounds = positive("rounds", values.rounds, 1);

  process.stderr.write("starting the API (production mode)…\n");
  const server = await startServer();
  try {
    // One of each operation first, so that "before" is a server that has run them all.
    for (const example of EXAMPLE_OPERATIONS) {
      await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: example.query, variables: example.variables }),
      });
    }
    let memory = await server.memory();
    for (let round = 1; round <= rounds; round += 1) {
      const started = Date.now();
      const measuredFrom = started + warmup * 1000;
      const measuring = () => Date.now() >= measuredFrom;
      const answers = new Map<string, number>();
      // autocannon calls onResponse with the body, then emits "response" with the time, synchronously.
      let lastKeys: string[] = [];
      const keepKeys = (status: number, body: string) => void (lastKeys = answerKeys(status, body));
      const all = new Latencies();
      const byStatus = new Map<number, Latencies>();
      const health = watchHealth(server.url, measuring);
      // autocannon shares the machine: its own delays are in every latency it measures.
      const ownDelay = monitorEventLoopDelay({ resolution: 10 });
      const total = warmup + duration;
      const bar = progressBar(`soak round ${round}, ${connections} connections (${warmup} s warm-up)`);
      const ticker = setInterval(() => {
        if (measuring()) ownDelay.enable();
        bar.update(Math.min(total, (Date.now() - started) / 1000), total);
      }, 1000);
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: `${server.url}/graphql`,
            connections,
            duration: total,
            timeout: 30,
            requests: EXAMPLE_OPERATIONS.map((example) => ({
              method: "POST" as const,
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: example.query, variables: example.variables }),
              onResponse: keepKeys,
            })),
          },
          (error, finished) => (error ? reject(error) : resolve(finished)),
        );
        instance.on("response", (_client, status: number, _bytes, ms: number) => {
          // Measured: the requests sent after the warm-up (not those that waited for a connection).
          if (Date.now() - ms < measuredFrom) return;
          for (const key of lastKeys) answers.set(key, (answers.get(key) ?? 0) + 1);
          all.add(ms);
          const latencies = byStatus.get(status) ?? new Latencies();
          latencies.add(ms);
          byStatus.set(status, latencies);
        });
      });
      clearInterval(ticker);
      bar.update(total, total);
      bar.stop();
      const healthDuring = await health.stop();
      ownDelay.disable();

      await new Promise((resolve) => setTimeout(resolve, settle * 1000));
      const after = await server.memory();
      const previous = memory;
      memory = after;

      const lines = [
        "",
        `soak round ${round} of ${rounds}: ${connections} connections, ${duration} s measured after ` +
          `${warmup} s of warm-up, ${EXAMPLE_OPERATIONS.length} operations in turn`,
        `  requests/s        ${Math.round(all.count / duration)} (${all.count} answers)`,
        `  latency           ${all.summary()}`,
        ...[...byStatus.entries()].map(
          ([status, latencies]) => `    status ${status}      ${latencies.summary()}`,
        ),
        `  no answer         ${result.timeouts} timeouts (30 s), ${result.errors} connection errors (whole round)`,
        `  answers           ${[...answers.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([key, n]) => `${key}: ${n}`)
          .join(", ")}`,
        `  /health           slowest ${healthDuring.slowestMs} ms, ${healthDuring.failures} not 200`,
        `  event loop        blocked at most ${after.eventLoopDelayMaxMs} ms in the server (whole round), ` +
          `${Math.round(ownDelay.max / 1e6)} ms in autocannon's process`,
        `  server memory     before: RSS ${previous.rssMb} MB, heap ${previous.heapUsedMb} MB; ` +
          `${settle} s after: RSS ${after.rssMb} MB, heap ${after.heapUsedMb} MB`,
        "",
      ];
      process.stdout.write(lines.join("\n"));
    }
  } finally {
    await server.stop();
  }
});
