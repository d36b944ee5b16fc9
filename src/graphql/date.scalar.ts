// Date: a calendar date as precise as the source gives it — 2025-01-24, 2022-09 or 2022.
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isPartialDate } from "../graph/dates";

function parse(value: unknown): string {
  if (typeof value !== "string" || !isPartialDate(value)) {
    throw new GraphQLError(
      `Date must be a string YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`,
      {
        extensions: { code: "BAD_USER_INPUT" },
      },
    );
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description:
    "A calendar date at the precision the source gives: YYYY-MM-DD (2025-01-24), YYYY-MM (2022-09) or YYYY (2022).",
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});
