// npm start: local Neo4j + schema + seed + API.
import { parseCli, runMain } from "../src/cli";
import { loadConfig } from "../src/config";
import { logger } from "../src/logger";
import { runServer } from "../src/server/run";

const HELP = `
Usage: npm start [-- --help]

Starts Newsgraph: the local Neo4j server when NEO4J_URI is unset, the Cypher schema, the seed graph
when the database is empty, and the GraphQL API on PORT (default 4000).
Ctrl-C stops the API and the local Neo4j it started. Configuration: README.md and .env.example.
`;

parseCli(HELP, {});

runMain(async () => {
  const config = loadConfig();
  const server = await runServer(config, logger);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
});
