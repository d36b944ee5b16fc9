// Child-process entry of scripts/soak.ts: `node --expose-gc dist/bench/soak-server.js` runs the API as
// `npm start` does (runServer), reports its URL over IPC, answers {memory: true} with its memory after
// a full garbage collection (and the event loop's longest delay since the last report), and stops on
// SIGTERM or when the parent goes away.
import "reflect-metadata";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { runServer } from "../src/server/run";
import { stopWithParent } from "./servers";

export interface MemoryReport {
  rssMb: number;
  heapUsedMb: number;
  /** The longest the event loop was blocked since the previous report: how late any answer could start. */
  eventLoopDelayMaxMs: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main(): Promise<void> {
  const server = await runServer(loadConfig(), createLogger("soak-server", process.env.LOG_LEVEL ?? "warn"));
  stopWithParent(server);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.on("message", (message: { memory?: boolean }) => {
    if (!message.memory) return;
    const eventLoopDelayMaxMs = Math.round(delay.max / 1e6);
    delay.reset();
    global.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({
      memory: { rssMb: mb(rss), heapUsedMb: mb(heapUsed), eventLoopDelayMaxMs } satisfies MemoryReport,
    });
  });
  process.send?.({ url: server.url });
}

main().catch((error: unknown) => {
  process.send?.({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
