// `npm start`: the local Neo4j (when NEO4J_URI is unset), the Cypher schema, the seed on an empty
// database, then the API; Ctrl-C / SIGTERM closes everything this process opened, in reverse order.
import type { Server } from "node:http";
import type { Config } from "../config";
import { createDriver, Database } from "../db/database";
import { applySchema } from "../db/schema";
import { waitForNeo4j } from "../db/wait";
import type { Logger } from "../logger";
import { createExtractor, type Extractor } from "../ingest/extractor";
import { localServerOptions, startLocalServer, stopLocalServer } from "../neo4j/local-server";
import { ensureNlpServer } from "../nlp/local-server";
import { isDatabaseEmpty, loadSeed } from "../seed/load-seed";
import { progressBar } from "../progress";
import { createApp } from "./app";
import { configureHttpServer } from "./http-server";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function runServer(config: Config, log: Logger): Promise<RunningServer> {
  const local = config.neo4jUri === undefined;
  let startedLocal = false;
  if (local) {
    log.info("NEO4J_URI is not set: using the local Neo4j server (scripts/neo4j.sh)");
    startedLocal = startLocalServer({ ...localServerOptions(config), stdio: "inherit" });
  }

  const driver = createDriver(config);
  const db = new Database(driver, config.neo4jDatabase);
  const closers: Closer[] = [];
  closers.push({
    what: "the local Neo4j this process started",
    close: async () => {
      if (startedLocal) stopLocalServer({ ...localServerOptions(config), stdio: "inherit" });
    },
  });
  closers.push({ what: "the Neo4j driver", close: () => driver.close() });

  try {
    const info = await waitForNeo4j(db);
    log.info({ neo4j: info }, `connected to ${info.name} ${info.version} (${info.edition})`);
    const applied = await applySchema(db);
    log.info(`Cypher schema applied (${applied} constraints and indexes)`);
    if (await isDatabaseEmpty(db)) {
      log.info("the database is empty: loading the seed graph");
      const bar = progressBar("seed");
      const counts = await loadSeed(db, { onProgress: (done, total) => bar.update(done, total) });
      bar.stop();
      log.info(counts, "seed graph loaded");
    } else {
      log.info("the database holds data: the seed is not reloaded (npm run seed -- --reset reloads it)");
    }

    if (config.corenlpUrl === undefined)
      log.info("CORENLP_URL is not set: using the local Stanford CoreNLP server (scripts/corenlp.sh)");
    const extractor = startExtraction(config, log, closers);

    const { app, close, serveSubscriptions } = await createApp(config, db, log, extractor);
    closers.push({ what: "Apollo Server and the subscriptions", close });
    const server = await listen(app, config.port);
    const subscriptions = serveSubscriptions(server);
    closers.push({ what: "the HTTP server", close: () => closeHttp(server) });
    // WebSocket sockets keep the HTTP server open until they close: they go first.
    closers.push({ what: "the WebSocket subscriptions", close: () => subscriptions.close() });

    const url = `http://localhost:${config.port}`;
    log.info(`GraphQL API:   ${url}/graphql`);
    log.info(
      `Subscriptions: ws://localhost:${config.port}/graphql (graphql-ws protocol; API key in connection_init)`,
    );
    log.info(`Landing page:  ${url}/`);
    log.info(`Health:        ${url}/health`);
    if (local) {
      log.info(
        `Neo4j Browser: http://127.0.0.1:${config.localHttpPort}/browser/ ` +
          `(connect to bolt://127.0.0.1:${config.localBoltPort} as ${config.neo4jUser}; password from NEO4J_PASSWORD, local default in .env.example)`,
      );
    }
    return { url, close: () => closeAll(closers, log) };
  } catch (error) {
    await closeAll(closers, log);
    throw error;
  }
}

/**
 * The NLP server and the extractor's threads. Without them the API still answers queries; only
 * ingestion is unavailable (SERVICE_UNAVAILABLE), so a missing NLP server is a warning, not a failure.
 */
function startExtraction(config: Config, log: Logger, closers: Closer[]): Extractor | undefined {
  try {
    const nlp = ensureNlpServer(config);
    closers.push({ what: "the local CoreNLP server this process started", close: async () => nlp.stop() });
    const extractor = createExtractor(nlp.url);
    closers.push({ what: "the extractor's worker threads", close: () => extractor.close() });
    log.info(`NLP server: ${new URL(nlp.url).origin} (Stanford CoreNLP, for ingestion)`);
    return extractor;
  } catch (error) {
    log.warn(
      `the NLP server could not be started, so ingestion is unavailable (queries work): ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

interface Closer {
  what: string;
  close(): Promise<void>;
}

/** Closes in reverse order of opening: HTTP first, the local Neo4j last. */
async function closeAll(closers: Closer[], log: Logger): Promise<void> {
  for (const closer of [...closers].reverse()) {
    log.info(`closing ${closer.what}`);
    await closer.close();
  }
}

function listen(app: import("express").Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = configureHttpServer(app.listen(port));
    server.once("listening", () => resolve(server));
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`port ${port} is already in use: stop what uses it or set PORT to another port`)
          : error,
      ),
    );
  });
}

function closeHttp(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
