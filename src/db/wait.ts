// Waits for Neo4j to accept queries: a freshly started server or a cluster may need a few seconds.
import { loadConfig, type Config } from "../config";
import { localServerOptions, startLocalServer } from "../neo4j/local-server";
import { createDriver, Database, type ServerInfo } from "./database";

export async function waitForNeo4j(db: Database, timeoutMs = 60_000, intervalMs = 500): Promise<ServerInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await db.serverInfo();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/**
 * For command-line tools: the configured Neo4j (the local server started first when NEO4J_URI is
 * unset), once it answers; its driver is closed after `work`, whatever happens.
 */
export async function withConfiguredNeo4j<T>(work: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  if (config.neo4jUri === undefined) startLocalServer({ ...localServerOptions(config), stdio: "inherit" });
  const db = new Database(createDriver(config), config.neo4jDatabase);
  try {
    await waitForNeo4j(db);
    return await work(db, config);
  } finally {
    await db.driver.close();
  }
}
