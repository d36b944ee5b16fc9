// The error codes clients see in `extensions.code`, in one place.
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** The HTTP request is not a GraphQL request this API can read (body, content type, encoding). */
  BAD_REQUEST = "BAD_REQUEST",
  /** A create of an id that exists (src/errors.ts). */
  ALREADY_EXISTS = "ALREADY_EXISTS",
  /** An update whose expectedVersion is not the stored version (src/errors.ts). */
  CONFLICT = "CONFLICT",
  /** A change-feed cursor older than the entries the feed keeps (src/errors.ts). */
  CURSOR_EXPIRED = "CURSOR_EXPIRED",
  /** A resource outside GraphQL (GET /statements/{id}.jsonld) that does not exist. */
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** A subscription over the connection's or the server's limit (MAX_SUBSCRIPTIONS_PER_CONNECTION, MAX_SUBSCRIPTIONS). */
  TOO_MANY_SUBSCRIPTIONS = "TOO_MANY_SUBSCRIPTIONS",
  /** Too many failed authentications from one address: wait for Retry-After. */
  RATE_LIMITED = "RATE_LIMITED",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  QUERY_TOO_DEEP = "QUERY_TOO_DEEP",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}
