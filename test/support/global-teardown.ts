// Stops the test Neo4j if the global setup started it.
import { stopLocalServer } from "../../src/neo4j/local-server";
import { STARTED_FLAG, TEST_SERVER } from "./test-server";

export default async function globalTeardown(): Promise<void> {
  if (process.env[STARTED_FLAG]) stopLocalServer(TEST_SERVER);
}
