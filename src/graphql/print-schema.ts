// The schema as SDL, exactly as committed in schema/schema.graphql.
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildNewsgraphSchema } from "./schema";

export function printNewsgraphSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildNewsgraphSchema()))}\n`;
}
