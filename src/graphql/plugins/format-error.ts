// Maps every error to a client-facing shape: input errors name their field, an unreachable Neo4j is
// SERVICE_UNAVAILABLE, and in production nothing internal (stack traces, Cypher, echoed values) leaks.
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { InputError } from "../../errors";
import { ErrorCode } from "../error-codes";

export interface FieldProblem {
  field: string;
  messages: string[];
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Security.AuthenticationRateLimit",
]);

/** graphql-js messages for an argument value that does not fit its type. */
const INPUT_VALUE_ERROR =
  /^(Expected value of type|Field "[^"]+" of required type|Field "[^"]+" is not defined by type|Enum "[^"]+" cannot represent|Value "[^"]*" does not exist in "[^"]+" enum|(Int|Float|String|Boolean|ID) cannot represent)/;

/** A scalar's parseLiteral refused the value (the Date scalar throws BAD_USER_INPUT errors). */
function isBadInputCause(error: unknown): boolean {
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  return cause instanceof GraphQLError && cause.extensions.code === ErrorCode.BAD_USER_INPUT;
}

export function isNeo4jUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE_CODES.has(error.code) ||
    error.code.startsWith("Neo.TransientError.General.DatabaseUnavailable")
  );
}

/** class-validator's nested errors as one entry per field path (input.evidence.start). */
export function fieldProblems(errors: ValidationError[], prefix = ""): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };

    if (original instanceof InputError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, field: original.field, record: original.record },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = fieldProblems(original.extensions.validationErrors);
      const summary = fields.map((f) => `${f.field}: ${f.messages.join("; ")}`).join(" | ");
      return {
        ...base,
        message: `Invalid input — ${summary}`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: fields[0]?.field, fields },
      };
    }
    if (isNeo4jUnavailable(original)) {
      return {
        ...base,
        message: "The graph database is unavailable; try again shortly.",
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    const code = formatted.extensions?.code;
    if (
      code === "GRAPHQL_VALIDATION_FAILED" &&
      (INPUT_VALUE_ERROR.test(formatted.message) || isBadInputCause(error))
    ) {
      // A bad literal argument value is the client's input, like a bad variable value.
      return { ...base, message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    if (typeof code === "string" && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      // GraphQL validation, parse, auth and limit errors: already client-facing.
      return production ? { ...base, message: formatted.message, extensions: { code } } : formatted;
    }
    if (production) {
      return {
        ...base,
        message: "Internal server error",
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return formatted;
  };
}
