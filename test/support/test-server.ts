// The Neo4j the tests use: NEO4J_URI when given, else a local server of its own (.neo4j/test, ports
// 7688/7475) so that tests never touch the data of the server `npm start` runs. NEO4J_TEST_BOLT_PORT,
// NEO4J_TEST_HTTP_PORT and NEO4J_TEST_INSTANCE_DIR move it, so two test runs can go side by side.
import path from "node:path";
import { loadConfig, type Config } from "../../src/config";
import { createDriver, Database } from "../../src/db/database";
import type { LocalServerOptions } from "../../src/neo4j/local-server";
import { PROJECT_ROOT } from "../../src/paths";

export const TEST_SERVER: LocalServerOptions = {
  boltPort: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688),
  httpPort: Number(process.env.NEO4J_TEST_HTTP_PORT ?? 7475),
  password: process.env.NEO4J_PASSWORD ?? "newsgraph-local",
  instanceDir: process.env.NEO4J_TEST_INSTANCE_DIR ?? path.join(PROJECT_ROOT, ".neo4j", "test"),
  heap: "1g",
  pageCache: "512m",
};

/** Marks, for the test files, that the global setup started the local test server. */
export const STARTED_FLAG = "NEWSGRAPH_TEST_STARTED_NEO4J";

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: "test",
    API_KEYS: "test-key-0123456789abcdef",
    // Test machines run many suites at once: a cold query may take seconds. The suites that test
    // timeouts set their own.
    NEO4J_QUERY_TIMEOUT_MS: "30000",
    ...process.env,
    ...overrides,
  });
}

/** A Database on the test server; close its driver in afterAll. */
export function openTestDatabase(): Database {
  const config = testConfig();
  return new Database(createDriver(config), config.neo4jDatabase);
}
