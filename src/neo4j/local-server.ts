// Drives scripts/neo4j.sh from Node: `npm start` and the test setup start the local server only when
// NEO4J_URI is unset, and stop it only if they were the ones who started it.
import type { Config } from "../config";
import { runServiceScript } from "../local-service";
import { NEO4J_SCRIPT } from "../paths";

export interface LocalServerOptions {
  boltPort: number;
  httpPort: number;
  password: string;
  /** Where the server keeps conf, data and logs; defaults to .neo4j/server. */
  instanceDir?: string;
  heap?: string;
  pageCache?: string;
  /** Where the script's messages go: "inherit" shows them to the user. */
  stdio?: "inherit" | "pipe";
}

export function localServerOptions(config: Config): LocalServerOptions {
  return { boltPort: config.localBoltPort, httpPort: config.localHttpPort, password: config.neo4jPassword };
}

export class LocalServerError extends Error {}

function runScript(command: string, options: LocalServerOptions): { status: number; output: string } {
  const env: NodeJS.ProcessEnv = {
    NEO4J_BOLT_PORT: String(options.boltPort),
    NEO4J_HTTP_PORT: String(options.httpPort),
    NEO4J_PASSWORD: options.password,
  };
  if (options.instanceDir) env.NEO4J_INSTANCE_DIR = options.instanceDir;
  if (options.heap) env.NEO4J_HEAP = options.heap;
  if (options.pageCache) env.NEO4J_PAGECACHE = options.pageCache;
  return runServiceScript(NEO4J_SCRIPT, command, env, options.stdio);
}

export function isLocalServerRunning(options: LocalServerOptions): boolean {
  return runScript("status", { ...options, stdio: "pipe" }).status === 0;
}

/** Starts the local server; returns true when this call started it, false when it was already running. */
export function startLocalServer(options: LocalServerOptions): boolean {
  if (isLocalServerRunning(options)) return false;
  const { status, output } = runScript("start", options);
  if (status !== 0) throw new LocalServerError(output || "scripts/neo4j.sh start failed");
  return true;
}

export function stopLocalServer(options: LocalServerOptions): void {
  const { status, output } = runScript("stop", options);
  if (status !== 0) throw new LocalServerError(output || "scripts/neo4j.sh stop failed");
}

export function resetLocalServer(options: LocalServerOptions): void {
  const { status, output } = runScript("reset", options);
  if (status !== 0) throw new LocalServerError(output || "scripts/neo4j.sh reset failed");
}
