// Starts the test Neo4j (unless NEO4J_URI points at one) and applies the Cypher schema once per run.
import { applySchema } from "../../src/db/schema";
import { waitForNeo4j } from "../../src/db/wait";
import { startLocalServer } from "../../src/neo4j/local-server";
import { openTestDatabase, STARTED_FLAG, TEST_SERVER } from "./test-server";

export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const started = startLocalServer({ ...TEST_SERVER, stdio: "inherit" });
    if (started) process.env[STARTED_FLAG] = "1";
    process.env.NEO4J_URI = `bolt://127.0.0.1:${TEST_SERVER.boltPort}`;
    process.env.NEO4J_PASSWORD = TEST_SERVER.password;
  }
  const db = openTestDatabase();
  try {
    await waitForNeo4j(db);
    await applySchema(db);
  } finally {
    await db.driver.close();
  }
}
