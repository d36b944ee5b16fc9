// Builds the GraphQL schema from the type-graphql classes; scripts/schema.ts emits it to schema/schema.graphql.
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { ServerInfoResolver } from "./server-info.resolver";

let built: GraphQLSchema | undefined;

export function buildNewsgraphSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: [ServerInfoResolver],
    validate: { forbidUnknownValues: false },
  });
  return built;
}
