// Maps every error to a client-facing shape: input errors name their field, an unreachable or stalled
// Neo4j is SERVICE_UNAVAILABLE, too many round trips QUERY_TOO_COMPLEX, and in production nothing
// internal (stack traces, Cypher) leaks; echoed input values are taken out by error-responses.ts.
import { NlpServerError } from "../../nlp/corenlp-client";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { isDatabaseUnavailable, RoundTripLimitError } from "../../db/database";
import { InputError } from "../../errors";
import { ErrorCode } from "../error-codes";

export interface FieldProblem {
  field: string;
  messages: string[];
}

/** graphql-js messages for an argument value that does not fit its type. */
const INPUT_VALUE_ERROR =
  /^(Expected value of type|Field "[^"]+" of required type|Field "[^"]+" is not defined by type|Enum "[^"]+" cannot represent|Value "[^"]*" does not exist in "[^"]+" enum|(Int|Float|String|Boolean|ID) cannot represent)/;

/** A scalar's parseLiteral refused the value (the Date scalar throws BAD_USER_INPUT errors). */
function isBadInputCause(error: unknown): boolean {
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  return cause instanceof GraphQLError && cause.extensions.code === ErrorCode.BAD_USER_INPUT;
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
    if (original instanceof NlpServerError) {
      return {
        ...base,
        message: "The NLP server that extraction needs is unavailable; try again shortly.",
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (isDatabaseUnavailable(original)) {
      return {
        ...base,
        message: "The graph database is unavailable or too slow to answer; try again shortly.",
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (original instanceof RoundTripLimitError) {
      return {
        ...base,
        message: `${original.message} Ask for fewer root fields or fewer nested levels.`,
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: original.limit },
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
      // GraphQL validation, parse, auth and limit errors: already client-facing. A stack trace of the
      // server's code tells the client nothing about its request, in development either.
      if (production) return { ...base, message: formatted.message, extensions: { code } };
      const extensions = { ...formatted.extensions };
      delete extensions.stacktrace;
      return { ...formatted, extensions };
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
