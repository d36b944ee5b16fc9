// Child-process entry of bench/servers.ts: `node dist/bench/serve.js <implementation>` starts that
// server on a free port, reports its URL to the parent over IPC, and stops on SIGTERM.
import "reflect-metadata";
import { loadConfig } from "../src/config";
import { IMPLEMENTATIONS, type Implementation } from "./operations";
import { startInProcess, stopWithParent } from "./servers";

const implementation = process.argv[2] as Implementation;

async function main(): Promise<void> {
  if (!IMPLEMENTATIONS.includes(implementation)) throw new Error(`unknown implementation ${implementation}`);
  const server = await startInProcess(implementation, loadConfig());
  stopWithParent(server);
  process.send?.({ url: server.url });
}

main().catch((error: unknown) => {
  process.send?.({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
