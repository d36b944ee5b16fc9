// The benchmark's "neo4j-graphql" implementation: @neo4j/graphql (v7) over the same database, with
// type definitions equivalent to Newsgraph's (bench/neo4j-graphql.graphql), served by Apollo Server on
// express like Newsgraph, and counting its Cypher round trips into `extensions.cypherRoundTrips`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import type { Driver, ManagedTransaction, SessionConfig } from "neo4j-driver";
import type { QueryCounter } from "../src/db/database";
import { PROJECT_ROOT } from "../src/paths";

export const NEO4J_GRAPHQL_TYPE_DEFS = path.join(PROJECT_ROOT, "bench", "neo4j-graphql.graphql");

interface Context {
  executionContext: Driver;
  queryCounter: QueryCounter;
}

/**
 * A stand-in for the driver that counts every query the library runs: @neo4j/graphql accepts any
 * object with `session()` as its execution context and only opens sessions and runs transaction functions.
 */
function countingDriver(driver: Driver, counter: QueryCounter): Driver {
  type Work<T> = (tx: Pick<ManagedTransaction, "run">) => Promise<T>;
  const counted = (tx: ManagedTransaction): Pick<ManagedTransaction, "run"> => ({
    run: ((query: string, parameters?: Record<string, unknown>) => {
      counter.roundTrips += 1;
      return tx.run(query, parameters);
    }) as ManagedTransaction["run"],
  });
  const standIn = {
    executeQueryBookmarkManager: driver.executeQueryBookmarkManager,
    session(config?: SessionConfig) {
      const session = driver.session(config);
      return {
        executeRead: <T>(work: Work<T>, txConfig?: object) =>
          session.executeRead((tx) => work(counted(tx)), txConfig),
        executeWrite: <T>(work: Work<T>, txConfig?: object) =>
          session.executeWrite((tx) => work(counted(tx)), txConfig),
        close: () => session.close(),
      };
    },
  };
  return standIn as unknown as Driver;
}

function roundTripsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypherRoundTrips: contextValue.queryCounter.roundTrips,
          };
        },
      };
    },
  };
}

export interface Neo4jGraphqlApp {
  app: express.Express;
  apollo: ApolloServer<Context>;
}

export async function createNeo4jGraphqlApp(driver: Driver): Promise<Neo4jGraphqlApp> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: readFileSync(NEO4J_GRAPHQL_TYPE_DEFS, "utf8"), driver });
  const apollo = new ApolloServer<Context>({
    schema: await neoSchema.getSchema(),
    stopOnTerminationSignals: false,
    plugins: [roundTripsPlugin(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const app = express();
  app.disable("x-powered-by");
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    expressMiddleware(apollo, {
      context: async () => {
        const queryCounter: QueryCounter = { roundTrips: 0 };
        return { queryCounter, executionContext: countingDriver(driver, queryCounter) };
      },
    }),
  );
  return { app, apollo };
}
