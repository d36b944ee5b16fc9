// Starts the test Neo4j (unless NEO4J_URI points at one) and the test CoreNLP (unless CORENLP_URL points at
// one), applies the Cypher schema and loads the seed once per run.
import { applySchema } from "../../src/db/schema";
import { waitForNeo4j } from "../../src/db/wait";
import { startLocalServer } from "../../src/neo4j/local-server";
import { nlpServerUrl, startNlpServer } from "../../src/nlp/local-server";
import { NLP_STARTED_FLAG, NLP_URL_VARIABLE, TEST_NLP_SERVER } from "./nlp-server";
import { loadSeed } from "../../src/seed/load-seed";
import { openTestDatabase, STARTED_FLAG, TEST_SERVER } from "./test-server";

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI && process.env.NEWSGRAPH_TEST_DATABASE_DISPOSABLE !== "1") {
    throw new Error(
      "NEO4J_URI is set: the tests would wipe that database. Set NEWSGRAPH_TEST_DATABASE_DISPOSABLE=1 if it is " +
        "a disposable test database, or unset NEO4J_URI to let the tests start their own local Neo4j.",
    );
  }
  if (!process.env.NEO4J_URI) {
    const started = startLocalServer({ ...TEST_SERVER, stdio: "inherit" });
    if (started) process.env[STARTED_FLAG] = "1";
    process.env.NEO4J_URI = `bolt://127.0.0.1:${TEST_SERVER.boltPort}`;
    process.env.NEO4J_PASSWORD = TEST_SERVER.password;
  }
  if (process.env.CORENLP_URL) {
    process.env[NLP_URL_VARIABLE] = process.env.CORENLP_URL;
  } else {
    if (startNlpServer({ ...TEST_NLP_SERVER, stdio: "inherit" })) process.env[NLP_STARTED_FLAG] = "1";
    process.env[NLP_URL_VARIABLE] = nlpServerUrl(TEST_NLP_SERVER);
  }
  const db = openTestDatabase();
  try {
    await waitForNeo4j(db);
    await applySchema(db);
    // Every suite starts from exactly the seed graph; suites that change it restore it (test/support/seeded.ts).
    await loadSeed(db, { reset: true });
  } finally {
    await db.driver.close();
  }
}
