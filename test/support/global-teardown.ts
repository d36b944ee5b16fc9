// Checks the graph's invariants once more over what every suite left behind, then stops the test
// Neo4j if the global setup started it.
import { stopLocalServer } from "../../src/neo4j/local-server";
import { expectGraphIntact } from "./graph-check";
import { openTestDatabase, STARTED_FLAG, TEST_SERVER } from "./test-server";

export default async function globalTeardown(): Promise<void> {
  const db = openTestDatabase();
  try {
    await expectGraphIntact(db);
  } finally {
    await db.driver.close();
    if (process.env[STARTED_FLAG]) stopLocalServer(TEST_SERVER);
  }
}
