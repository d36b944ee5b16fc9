// The HTTP application: Apollo Server on /graphql, /health, the landing page, the explorer, statements
// as JSON-LD (/statements/{id}.jsonld) and the Neo4j Browser guide, on one express app. /graphql passes, in order: admission control (bounded
// in-flight requests), API keys, the body (UTF-8 JSON within the size limit), the document's size and
// shape, then Apollo (validation, cost, execution). Apollo's own landing page is replaced by ours at /.
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { Server } from "node:http";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { createContext, type GraphQLContext } from "../graphql/context";
import type { Extractor } from "../ingest/extractor";
import { errorResponsesPlugin } from "../graphql/plugins/error-responses";
import { formatError } from "../graphql/plugins/format-error";
import { queryLimitsPlugin } from "../graphql/plugins/query-limits";
import { roundTripsPlugin } from "../graphql/plugins/round-trips";
import { buildNewsgraphSchema } from "../graphql/schema";
import { logger as defaultLogger, type Logger } from "../logger";
import { admissionControl } from "./admission";
import { apiKeyAuth } from "./auth";
import { claimsRouter } from "./claims";
import { exploreRouter } from "./explore";
import { documentLimits, jsonBody } from "./graphql-request";
import { guideRouter } from "./guide";
import { healthCheck } from "./health";
import { errorHandler, receivedAtOf, requestIdOf, requestIds } from "./http-errors";
import { landingRouter } from "./landing";
import { attachSubscriptions, type Subscriptions } from "./subscriptions";

export interface App {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
  /** Serves subscriptions over WebSocket on the server that listens with `app` (same port, /graphql). */
  serveSubscriptions(server: Server): Subscriptions;
  /** Stops the subscriptions and Apollo and closes /health's driver (the caller closes `db`'s). */
  close(): Promise<void>;
}

export async function createApp(
  config: Config,
  db: Database,
  log: Logger = defaultLogger,
  extractor?: Extractor,
): Promise<App> {
  const production = config.nodeEnv === "production";
  const schema = buildNewsgraphSchema();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    // Shutdown is ours (src/server/run.ts closes HTTP, Apollo, the driver and the local Neo4j in order).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production),
    // Apollo's own log would print request errors it does not expect; error-responses.ts logs them.
    logger: log,
    plugins: [
      queryLimitsPlugin(schema),
      roundTripsPlugin(),
      errorResponsesPlugin(log, production),
      ApolloServerPluginLandingPageDisabled(),
      // We send no cache hints; Apollo's cache-control plugin would otherwise wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  const health = healthCheck(config);
  const apiDb = db.withTimeouts({ readMs: config.queryTimeoutMs, writeMs: config.writeTimeoutMs });

  // One admission control for everything that reads the graph: /graphql and the JSON-LD documents.
  const admission = admissionControl({
    maxInFlight: config.maxInFlight,
    maxQueued: config.maxQueued,
    maxWaitMs: config.queueWaitMs,
  });

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  app.use(requestIds(log));
  app.get("/health", health.handler);
  app.use(landingRouter());
  app.use(exploreRouter());
  app.use(guideRouter());
  app.use(claimsRouter(apiDb, config.publicUrl, admission));
  app.use(
    "/graphql",
    admission,
    apiKeyAuth(config.apiKeys),
    ...jsonBody(),
    documentLimits(schema),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        createContext(
          apiDb,
          res.locals.authenticated === true,
          true,
          requestIdOf(res),
          receivedAtOf(res),
          extractor,
          config.publicUrl,
          typeof res.locals.caller === "string" ? res.locals.caller : undefined,
        ),
    }),
  );
  app.use(errorHandler(log));
  let subscriptions: Subscriptions | undefined;
  return {
    app,
    apollo,
    serveSubscriptions(server) {
      subscriptions = attachSubscriptions(server, { schema, config, db: apiDb, log });
      return subscriptions;
    },
    async close() {
      await subscriptions?.close();
      await apollo.stop();
      await health.close();
    },
  };
}
