// What a response with errors carries beyond the errors themselves: an HTTP status that tells the
// client's fault (4xx) from ours (500) and an outage (503, with Retry-After); the request id in every
// error's extensions; the stack trace of our own faults in the log (never the request's document or
// variables); and, in production, no input value echoed back in any message.
import type { ApolloServerPlugin, GraphQLRequest } from "@apollo/server";
import { Kind, visit, type DocumentNode, type GraphQLFormattedError } from "graphql";
import type { Logger } from "../../logger";
import type { GraphQLContext } from "../context";
import { ErrorCode } from "../error-codes";

/** The status of a response whose errors have these codes and no data; Apollo's own codes included. */
const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  [ErrorCode.QUERY_TOO_DEEP]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** Codes that decide the status even when some data came back: the whole request must be retried or cut down. */
const WHOLE_REQUEST_CODES = [ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.QUERY_TOO_COMPLEX];

export const RETRY_AFTER_SECONDS = 1;

function statusFor(codes: string[], hasData: boolean): number | undefined {
  const decisive = WHOLE_REQUEST_CODES.find((code) => codes.includes(code));
  if (decisive) return STATUS_BY_CODE[decisive];
  if (hasData) return 200;
  return codes.map((code) => STATUS_BY_CODE[code]).find((status) => status !== undefined);
}

/** Values shorter than this are left in messages: they cannot carry anything worth hiding. */
const MIN_REDACTED_LENGTH = 3;
const REDACTED = "[value]";

/** Every string the client sent as input: variables (at any depth) and literal values in the document. */
function inputStrings(request: GraphQLRequest, document: DocumentNode | undefined): string[] {
  const strings = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === "string") strings.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(collect);
  };
  collect(request.variables);
  if (document) {
    visit(document, {
      [Kind.STRING]: (node) => void strings.add(node.value),
      [Kind.ENUM]: (node) => void strings.add(node.value),
    });
  }
  return [...strings]
    .filter((value) => value.length >= MIN_REDACTED_LENGTH)
    .sort((a, b) => b.length - a.length);
}

function redact(message: string, values: string[]): string {
  let redacted = message;
  for (const value of values) {
    redacted = redacted.replaceAll(JSON.stringify(value), REDACTED).replaceAll(value, REDACTED);
  }
  return redacted;
}

function redactError(error: GraphQLFormattedError, values: string[]): GraphQLFormattedError {
  const fields = error.extensions?.fields as { field: string; messages: string[] }[] | undefined;
  return {
    ...error,
    message: redact(error.message, values),
    ...(fields && {
      extensions: {
        ...error.extensions,
        fields: fields.map((f) => ({ ...f, messages: f.messages.map((m) => redact(m, values)) })),
      },
    }),
  };
}

export function errorResponsesPlugin(log: Logger, production: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, document, response, contextValue, errors }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (!result.errors?.length) return;
          const { requestId } = contextValue;
          const values = production ? inputStrings(request, document) : [];
          result.errors = result.errors.map((error) => {
            const shown = production ? redactError(error, values) : error;
            return { ...shown, extensions: { ...shown.extensions, requestId } };
          });

          const codes = result.errors.map((error) => String(error.extensions?.code));
          const status = statusFor(codes, result.data !== undefined && result.data !== null);
          if (status !== undefined) response.http.status = status;
          if (status === 503) response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));

          const line = { requestId, status: response.http.status, codes, operation: request.operationName };
          if (!codes.includes(ErrorCode.INTERNAL_SERVER_ERROR)) return log.info(line, "request refused");
          // Our own fault: the original errors, with their stack traces, go to the log (not to the client).
          const internal = (errors ?? []).filter(
            (_, index) => codes[index] === ErrorCode.INTERNAL_SERVER_ERROR,
          );
          for (const err of internal) log.error({ ...line, err: err.originalError ?? err }, "internal error");
        },
      };
    },
  };
}
