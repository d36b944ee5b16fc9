// A running API (the real app on an ephemeral port) over the test Neo4j, and a GraphQL client for it.
import type { Server } from "node:http";
import type { Config } from "../../src/config";
import { createDriver, Database } from "../../src/db/database";
import { inProcessExtractor, type Extractor } from "../../src/ingest/extractor";
import { CoreNlpClient } from "../../src/nlp/corenlp-client";
import { createApp } from "../../src/server/app";
import { testNlpUrl } from "./nlp-server";
import { configureHttpServer } from "../../src/server/http-server";
import pino from "pino";
import { createLogger, type Logger } from "../../src/logger";
import { testConfig } from "./test-server";

export const TEST_API_KEY = "test-key-0123456789abcdef";

/**
 * For suites that send many requests at once to test what they do together (one create wins, one ingest
 * writes): admission control lets them all in and lets them wait, since its own limits are not under test.
 */
export const CONCURRENT_REQUESTS = {
  API_MAX_IN_FLIGHT: "64",
  API_MAX_QUEUED: "256",
  API_QUEUE_WAIT_MS: "60000",
};

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: { cypherRoundTrips?: number };
}

export interface TestApi {
  url: string;
  db: Database;
  config: Config;
  /** The extractor the API ingests with, over the tests' NLP server. */
  extractor: Extractor;
  gql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { apiKey?: string },
  ): Promise<GraphQLResponse<Data>>;
  close(): Promise<void>;
}

/** The tests' log: silent unless LOG_LEVEL asks; a suite that reads the log passes its own. */
export const silentLog = createLogger("newsgraph-test", process.env.LOG_LEVEL ?? "silent");

/** A log whose JSON lines the test reads: `lines` holds every line written so far, as written. */
export function captureLog(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
  return { log, lines };
}

export async function startTestApi(
  overrides: Record<string, string> = {},
  log: Logger = silentLog,
  extractor: Extractor = inProcessExtractor(new CoreNlpClient(testNlpUrl())),
): Promise<TestApi> {
  const config = testConfig({ API_KEYS: TEST_API_KEY, ...overrides });
  const db = new Database(createDriver(config), config.neo4jDatabase);
  const { app, close, serveSubscriptions } = await createApp(config, db, log, extractor);
  const server: Server = await new Promise((resolve) => {
    const listening = configureHttpServer(app.listen(0, "127.0.0.1", () => resolve(listening)));
  });
  serveSubscriptions(server);
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    url,
    db,
    config,
    extractor,
    async gql(query, variables, options) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (options?.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, "status">;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    async close() {
      await close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.driver.close();
    },
  };
}

/** The error codes of a response, for compact assertions. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
