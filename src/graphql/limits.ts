// Every figure that bounds the work of one request (README, "Limits and errors"), and the checks of
// scalar arguments that class-validator cannot reach (it validates input classes only).
import { InputError } from "../errors";

/** Characters of a GraphQL document, checked before it is parsed. */
export const MAX_DOCUMENT_CHARS = 20_000;
/** Bytes of a request body (an article for ingestArticle fits: 500,000 characters). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Levels of nested fields, not counting introspection. */
export const MAX_QUERY_DEPTH = 12;
/** Fields, fragment spreads and inline fragments, each fragment counted every time it is spread. */
export const MAX_SELECTIONS = 1_000;
/** The estimated cost of an operation: each list costs its `first`/`limit` (or 10) times its contents. */
export const MAX_QUERY_COMPLEXITY = 20_000;
/** What an unpaged list field (a statement's mentions, an entity's statements) is assumed to hold. */
export const ASSUMED_LIST_SIZE = 10;
/** What a root field's own Cypher round trip adds to its cost: at most 50 root fields per request. */
export const ROUND_TRIP_COST = 400;
/** Cypher round trips of one request, whatever its cost estimate said (root fields and DataLoader levels). */
export const MAX_ROUND_TRIPS = 100;
/**
 * Introspection, costed apart: each list counts as many items as the schema has at most. One full
 * introspection (GraphiQL's, Apollo Sandbox's) fits; two at once, or fields nested three lists deep, do not.
 */
export const MAX_INTROSPECTION_COST = 400_000;
/** `ofType` fields on one path of an introspection query (GraphiQL asks for 9). */
export const MAX_OF_TYPE_DEPTH = 10;

export const MAX_MATCHES = 50;

export function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MATCHES) {
    throw new InputError("limit", `must be an integer from 1 to ${MAX_MATCHES}`);
  }
  return limit;
}

export function checkText(field: string, value: string, max: number): string {
  if (value.trim() === "") throw new InputError(field, "must not be empty");
  if (value.length > max) throw new InputError(field, `must be at most ${max} characters`);
  return value;
}
