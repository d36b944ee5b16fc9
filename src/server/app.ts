// The HTTP application: Apollo Server on /graphql, /health, and the landing page, on one express app.
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { createContext, type GraphQLContext } from "../graphql/context";
import { buildNewsgraphSchema } from "../graphql/schema";
import { healthHandler } from "./health";

export interface App {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
}

export function bearerKey(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return match?.[1];
}

export async function createApp(config: Config, db: Database): Promise<App> {
  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildNewsgraphSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: config.nodeEnv !== "production",
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", healthHandler(db));
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const key = bearerKey(req.headers.authorization);
        return createContext(db, key !== undefined && config.apiKeys.includes(key));
      },
    }),
  );
  return { app, apollo };
}
