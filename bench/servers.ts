// Starts one implementation's HTTP server over the benchmark database, each with its own driver made
// by src/db/database.ts (same pool and settings for all three): in this process, or in a child process
// of its own (bench/serve.ts) so that the load generator never shares an event loop with the server.
import { fork } from "node:child_process";
import type { Server } from "node:http";
import path from "node:path";
import type { Config } from "../src/config";
import { createDriver, Database } from "../src/db/database";
import { createApp } from "../src/server/app";
import { createNeo4jGraphqlApp } from "./neo4j-graphql-server";
import type { Implementation } from "./operations";
import { createRawServer } from "./raw-server";

export interface RunningServer {
  implementation: Implementation;
  /** http://127.0.0.1:<port> */
  url: string;
  /** The server's own process, when it has one (a child process): for its CPU time. */
  pid?: number;
  close(): Promise<void>;
}

/**
 * A server run as a child process stops with its parent: on SIGTERM, and when the parent died without
 * stopping it (its IPC channel closed).
 */
export function stopWithParent(server: { close(): Promise<void> }): void {
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", stop);
  process.once("disconnect", stop);
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);
    });
  });
}

/** Starts `implementation` in this process. */
export async function startInProcess(implementation: Implementation, config: Config): Promise<RunningServer> {
  const db = new Database(createDriver(config), config.neo4jDatabase);
  let server: Server;
  let stopApollo: () => Promise<void> = async () => undefined;
  if (implementation === "raw") {
    server = createRawServer(db);
  } else {
    const started =
      implementation === "newsgraph" ? await createApp(config, db) : await createNeo4jGraphqlApp(db.driver);
    stopApollo = "close" in started ? started.close : () => started.apollo.stop();
    const { app } = started;
    const { createServer } = await import("node:http");
    server = createServer(app);
  }
  server.keepAliveTimeout = 60_000;
  const url = await listen(server);
  return {
    implementation,
    url,
    async close() {
      await stopApollo();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.driver.close();
    },
  };
}

/** Starts `implementation` in a child process (compiled JavaScript only: dist/bench/serve.js). */
export function startChild(implementation: Implementation): Promise<RunningServer> {
  const args = [implementation];
  // Served as in production (graphql-js, express and Apollo skip development-only checks); the key is
  // only there because Newsgraph refuses production without one, and the benchmark sends no mutations.
  const env = {
    ...process.env,
    NODE_ENV: "production",
    API_KEYS: process.env.API_KEYS || "bench-only-key-0123456789",
  };
  const child = fork(path.join(__dirname, "serve.js"), args, { stdio: "inherit", env });
  return new Promise((resolve, reject) => {
    const failed = (code: number | null) =>
      reject(new Error(`${implementation} server exited with code ${code}`));
    child.once("exit", failed);
    child.once("error", reject);
    child.once("message", (message: { url?: string; error?: string }) => {
      child.off("exit", failed);
      if (!message.url) {
        reject(new Error(`${implementation} server did not start: ${message.error ?? "no address"}`));
        return;
      }
      resolve({
        implementation,
        url: message.url,
        pid: child.pid,
        close: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

/** Child processes when running compiled code, this process under ts-jest (which cannot fork .ts). */
export function startServer(
  implementation: Implementation,
  config: Config,
  options: { inProcess?: boolean } = {},
): Promise<RunningServer> {
  return options.inProcess || path.extname(__filename) !== ".js"
    ? startInProcess(implementation, config)
    : startChild(implementation);
}
