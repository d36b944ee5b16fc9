// What /graphql checks before Apollo sees a request: a POST is UTF-8 JSON within the body limit, and
// its document is within the size limit and, parsed, within the shape limits (linear time, before
// graphql-js validates it). Every refusal is a JSON error with a code and a 4xx status.
import express, { type RequestHandler } from "express";
import { parse, type GraphQLSchema } from "graphql";
import { ErrorCode } from "../graphql/error-codes";
import { MAX_BODY_BYTES } from "../graphql/limits";
import { checkDocumentSize, checkQueryShape } from "../graphql/plugins/query-limits";
import { introspectionSizes } from "../graphql/query-shape";
import { sendError } from "./http-errors";

const JSON_TYPES = new Set(["application/json", "application/graphql-response+json"]);

/** POST bodies: JSON in UTF-8 (no charset means UTF-8), parsed within MAX_BODY_BYTES. */
export function jsonBody(): RequestHandler[] {
  const checkType: RequestHandler = (req, res, next) => {
    if (req.method !== "POST") return next();
    const [type, ...parameters] = (req.get("content-type") ?? "").split(";").map((part) => part.trim());
    const charset = parameters.find((parameter) => /^charset=/i.test(parameter))?.slice(8);
    if (JSON_TYPES.has(type.toLowerCase()) && (charset === undefined || /^"?utf-8"?$/i.test(charset))) {
      return next();
    }
    sendError(res, {
      status: 415,
      code: ErrorCode.BAD_REQUEST,
      message: "Send the request as Content-Type: application/json, in UTF-8.",
    });
  };
  const checkShape: RequestHandler = (req, res, next) => {
    if (req.method !== "POST") return next();
    const problem = bodyProblem(req.body);
    if (!problem) return next();
    sendError(res, { status: 400, code: ErrorCode.BAD_REQUEST, message: problem });
  };
  return [checkType, express.json({ limit: MAX_BODY_BYTES, type: () => true }), checkShape];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What is wrong with a parsed POST body as a GraphQL request (GraphQL over HTTP), if anything. */
function bodyProblem(body: unknown): string | undefined {
  if (!isObject(body)) return "The request body must be one JSON object (batches are not supported).";
  const { query, variables, operationName, extensions } = body;
  const persisted = isObject(extensions) && extensions.persistedQuery !== undefined;
  if (!persisted && (typeof query !== "string" || query.trim() === ""))
    return '"query" must be a non-empty string.';
  if (variables !== undefined && variables !== null && !isObject(variables))
    return '"variables" must be a JSON object (not a string holding one).';
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string")
    return '"operationName" must be a string.';
  return undefined;
}

function documentOf(source: unknown): { query?: unknown; operationName?: unknown } {
  return typeof source === "object" && source !== null ? source : {};
}

/** The document's size and shape; a document that does not parse is left to Apollo to report. */
export function documentLimits(schema: GraphQLSchema): RequestHandler {
  const sizes = introspectionSizes(schema);
  return (req, res, next) => {
    const { query, operationName } = documentOf(req.method === "POST" ? req.body : req.query);
    if (typeof query !== "string") return next();
    let refusal = checkDocumentSize(query);
    if (!refusal) {
      let document;
      try {
        document = parse(query);
      } catch {
        return next();
      }
      refusal = checkQueryShape(document, typeof operationName === "string" ? operationName : null, sizes);
    }
    if (!refusal) return next();
    sendError(res, {
      status: 400,
      code: String(refusal.extensions.code),
      message: refusal.message,
      extensions: { value: refusal.extensions.value, limit: refusal.extensions.limit },
    });
  };
}
