// Errors answered outside Apollo (request bodies, admission, authentication) in the same JSON shape as
// GraphQL errors, a request id on every response, and the last-resort error handler: no HTML page,
// no stack trace and no request body ever leaves the server or reaches the log.
import { randomUUID } from "node:crypto";
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { ErrorCode } from "../graphql/error-codes";
import type { Logger } from "../logger";

const REQUEST_ID_HEADER = "X-Request-Id";

/** Requests slower than this are logged (at warn), whatever their status. */
const SLOW_REQUEST_MS = 5_000;

/** A request id the client (or its load balancer) chose is kept when it is short and plain. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * Gives every request an id (X-Request-Id) and logs each refused or slow one in a line: its id,
 * method, path, status and time, never its body or query. 503s (load being shed) log at debug, so
 * that logging does not add to an overload; our own faults are logged where they happen, with their
 * stack traces.
 */
export function requestIds(log: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get(REQUEST_ID_HEADER);
    const id = given !== undefined && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
    const started = Date.now();
    const path = req.path;
    res.locals.requestId = id;
    res.locals.receivedAt = started;
    res.set(REQUEST_ID_HEADER, id);
    res.once("finish", () => {
      const ms = Date.now() - started;
      const line = { requestId: id, method: req.method, path, status: res.statusCode, ms };
      if (ms > SLOW_REQUEST_MS) log.warn(line, "slow request");
      else if (res.statusCode === 503) log.debug(line, "request refused");
      else if (res.statusCode >= 400) log.info(line, "request refused");
    });
    next();
  };
}

export function requestIdOf(res: Response): string {
  return String(res.locals.requestId);
}

/** When the request arrived (epoch ms): its time budget counts from there. */
export function receivedAtOf(res: Response): number {
  return Number(res.locals.receivedAt);
}

export interface ErrorAnswer {
  status: number;
  code: ErrorCode | string;
  message: string;
  headers?: Record<string, string>;
  extensions?: Record<string, unknown>;
}

export function sendError(res: Response, answer: ErrorAnswer): void {
  res
    .status(answer.status)
    .set(answer.headers ?? {})
    .json({
      errors: [
        {
          message: answer.message,
          extensions: { code: answer.code, ...answer.extensions, requestId: requestIdOf(res) },
        },
      ],
    });
}

/** body-parser's error types, answered without echoing anything of the body. */
const BODY_ERRORS: Record<string, Omit<ErrorAnswer, "code">> = {
  "entity.too.large": { status: 413, message: "The request body is too large." },
  "entity.parse.failed": {
    status: 400,
    message: 'The request body is not a JSON object: send {"query": "...", "variables": {...}}.',
  },
  "charset.unsupported": { status: 415, message: "The request body must be JSON in UTF-8." },
  "encoding.unsupported": {
    status: 415,
    message: "Content-Encoding must be gzip, deflate, br or none.",
  },
};

interface HttpError {
  status?: number;
  type?: string;
}

/** The last handler of the app: client errors as JSON 4xx, anything else as a logged 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    // Neither the error's message nor its properties are logged for a client error: body-parser's
    // carry the request body.
    const { status, type } = (error ?? {}) as HttpError;
    if (typeof status === "number" && status >= 400 && status < 500) {
      const known = type === undefined ? undefined : BODY_ERRORS[type];
      const answer = known ?? {
        status: 400,
        message: "The request body could not be read (is its Content-Encoding right?).",
      };
      return sendError(res, { ...answer, code: ErrorCode.BAD_REQUEST });
    }
    log.error({ requestId: requestIdOf(res), err: error }, "internal error");
    sendError(res, {
      status: 500,
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: "Internal server error",
    });
  };
}
