// Drives scripts/corenlp.sh from Node: `npm start`, `npm run ingest` and the tests start the local CoreNLP
// server only when CORENLP_URL is unset, and stop it only if they started it.
import { runServiceScript, type ScriptOutput } from "../local-service";
import { CORENLP_SCRIPT } from "../paths";

export interface NlpServerOptions {
  port: number;
  /** Where logs, the pid and the password live; defaults to .corenlp/server. */
  instanceDir?: string;
  heap?: string;
  stdio?: ScriptOutput;
}

export class NlpLifecycleError extends Error {}

function run(command: string, options: NlpServerOptions): { status: number; output: string } {
  const env: NodeJS.ProcessEnv = { CORENLP_PORT: String(options.port) };
  if (options.instanceDir) env.CORENLP_INSTANCE_DIR = options.instanceDir;
  if (options.heap) env.CORENLP_HEAP = options.heap;
  return runServiceScript(CORENLP_SCRIPT, command, env, command === "url" ? "pipe" : options.stdio);
}

export function isNlpServerRunning(options: NlpServerOptions): boolean {
  return run("status", { ...options, stdio: "pipe" }).status === 0;
}

/** Starts the local server; true when this call started it, false when it was already running. */
export function startNlpServer(options: NlpServerOptions): boolean {
  if (isNlpServerRunning(options)) return false;
  const { status, output } = run("start", options);
  if (status !== 0) throw new NlpLifecycleError(output || "scripts/corenlp.sh start failed");
  return true;
}

export function stopNlpServer(options: NlpServerOptions): void {
  const { status, output } = run("stop", options);
  if (status !== 0) throw new NlpLifecycleError(output || "scripts/corenlp.sh stop failed");
}

/** The running local server's URL, with the credentials it requires. */
export function nlpServerUrl(options: NlpServerOptions): string {
  const { status, output } = run("url", options);
  if (status !== 0) throw new NlpLifecycleError(output || "the local CoreNLP server is not running");
  return output.split("\n").pop() ?? "";
}

/** The NLP server this process uses: CORENLP_URL, or the local one, started here when it is not running. */
export function ensureNlpServer(
  config: { corenlpUrl: string | undefined; localCorenlpPort: number },
  stdio: ScriptOutput = "inherit",
): { url: string; startedHere: boolean; stop(): void } {
  if (config.corenlpUrl !== undefined) return { url: config.corenlpUrl, startedHere: false, stop() {} };
  const options: NlpServerOptions = { port: config.localCorenlpPort, stdio };
  const startedHere = startNlpServer(options);
  return {
    url: nlpServerUrl(options),
    startedHere,
    stop() {
      if (startedHere) stopNlpServer(options);
    },
  };
}
