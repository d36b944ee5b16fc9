// The HTTP application: Apollo Server on /graphql, /health, and the landing page, on one express app.
// Apollo's own landing page is replaced by ours at / (self-hosted, no CDN).
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { createContext, type GraphQLContext } from "../graphql/context";
import type { Extractor } from "../ingest/extractor";
import { buildNewsgraphSchema } from "../graphql/schema";
import { formatError } from "../graphql/plugins/format-error";
import { queryLimitsPlugin } from "../graphql/plugins/query-limits";
import { roundTripsPlugin } from "../graphql/plugins/round-trips";
import { healthHandler } from "./health";
import { exploreRouter } from "./explore";
import { guideRouter } from "./guide";
import { landingRouter } from "./landing";

export interface App {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
}

export function bearerKey(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return match?.[1];
}

export async function createApp(config: Config, db: Database, extractor?: Extractor): Promise<App> {
  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildNewsgraphSchema(),
    introspection: true,
    // Shutdown is ours (src/server/run.ts closes HTTP, Apollo, the driver and the local Neo4j in order).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.nodeEnv !== "production",
    formatError: formatError(config.nodeEnv === "production"),
    plugins: [
      queryLimitsPlugin(),
      roundTripsPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // We send no cache hints; Apollo's cache-control plugin would otherwise wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", healthHandler(db));
  app.use(landingRouter());
  app.use(exploreRouter());
  app.use(guideRouter());
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const key = bearerKey(req.headers.authorization);
        return createContext(db, key !== undefined && config.apiKeys.includes(key), true, extractor);
      },
    }),
  );
  return { app, apollo };
}
