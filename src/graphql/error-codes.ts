// The error codes clients see in `extensions.code`, in one place.
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** A create of an id that exists (src/errors.ts). */
  ALREADY_EXISTS = "ALREADY_EXISTS",
  /** An update whose expectedVersion is not the stored version (src/errors.ts). */
  CONFLICT = "CONFLICT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  QUERY_TOO_DEEP = "QUERY_TOO_DEEP",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}
