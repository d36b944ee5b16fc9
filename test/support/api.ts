// A running API (the real app on an ephemeral port) over the test Neo4j, and a GraphQL client for it.
import type { Server } from "node:http";
import type { Config } from "../../src/config";
import { createDriver, Database } from "../../src/db/database";
import { inProcessExtractor, type Extractor } from "../../src/ingest/extractor";
import { CoreNlpClient } from "../../src/nlp/corenlp-client";
import { createApp } from "../../src/server/app";
import { testNlpUrl } from "./nlp-server";
import { testConfig } from "./test-server";

export const TEST_API_KEY = "test-key-0123456789abcdef";

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

export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const config = testConfig({ API_KEYS: TEST_API_KEY, ...overrides });
  const db = new Database(createDriver(config), config.neo4jDatabase);
  const extractor = inProcessExtractor(new CoreNlpClient(testNlpUrl()));
  const { app, apollo } = await createApp(config, db, extractor);
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
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
      await apollo.stop();
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
