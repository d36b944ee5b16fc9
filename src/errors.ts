// Errors the domain raises, each with a code; src/graphql/plugins/format-error.ts passes the code on.

/** The codes of the errors below; src/graphql/error-codes.ts lists them among the GraphQL codes. */
export type InputErrorCode = "BAD_USER_INPUT" | "ALREADY_EXISTS" | "CONFLICT" | "CURSOR_EXPIRED";

/** Bad input: names the field (and the record when there is one) so the caller can fix it. */
export class InputError extends Error {
  readonly code: InputErrorCode = "BAD_USER_INPUT";
  constructor(
    readonly field: string,
    message: string,
    readonly record?: string,
  ) {
    super(`${record ? `${record}: ` : ""}${field}: ${message}`);
    this.name = "InputError";
  }
}

/** A write refers to a node that does not exist. */
export class NotFoundError extends InputError {
  constructor(field: string, id: string) {
    super(field, `no node with id ${id}`);
    this.name = "NotFoundError";
  }
}

/** A create of an id that is already taken, whether it was taken before or by a concurrent create. */
export class AlreadyExistsError extends InputError {
  override readonly code = "ALREADY_EXISTS";
  constructor(
    field: string,
    readonly id: string,
  ) {
    super(field, `${id} already exists`);
    this.name = "AlreadyExistsError";
  }
}

/** An update that expected a version of the node other than the one stored: someone changed it since. */
export class ConflictError extends InputError {
  override readonly code = "CONFLICT";
  constructor(id: string, expected: number, actual: number) {
    super(
      "expectedVersion",
      `${id} is at version ${actual}, not ${expected}: it changed since you read it; read it again`,
    );
    this.name = "ConflictError";
  }
}

/**
 * A change-feed cursor the feed can no longer serve: from before the entries `npm run feed:prune`
 * deleted, or past the end of a feed that was emptied (npm run seed -- --reset). Start again from now.
 */
export class CursorExpiredError extends InputError {
  override readonly code = "CURSOR_EXPIRED";
  constructor(field: string, why: string) {
    super(field, `${why}: read the current state again and follow the feed from a new cursor`);
    this.name = "CursorExpiredError";
  }
}

/** A write that would undo an earlier one, refused because what that one wrote has changed since. */
export class ChangedSinceError extends InputError {
  override readonly code = "CONFLICT";
  constructor(field: string, message: string) {
    super(field, message);
    this.name = "ChangedSinceError";
  }
}
