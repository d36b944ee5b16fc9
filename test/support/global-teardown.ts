// Checks the graph's invariants once more over what every suite left behind, then stops the test
// Neo4j and the test CoreNLP if the global setup started them.
import { stopLocalServer } from "../../src/neo4j/local-server";
import { stopNlpServer } from "../../src/nlp/local-server";
import { expectGraphIntact } from "./graph-check";
import { NLP_STARTED_FLAG, TEST_NLP_SERVER } from "./nlp-server";
import { openTestDatabase, STARTED_FLAG, TEST_SERVER } from "./test-server";

export default async function globalTeardown(): Promise<void> {
  const db = openTestDatabase();
  try {
    await expectGraphIntact(db);
  } finally {
    await db.driver.close();
    if (process.env[STARTED_FLAG]) stopLocalServer(TEST_SERVER);
    if (process.env[NLP_STARTED_FLAG]) stopNlpServer(TEST_NLP_SERVER);
  }
}
