// Errors the domain raises, each with a code; src/graphql/plugins/errors maps them to GraphQL codes.

/** Bad input: names the field (and the record when there is one) so the caller can fix it. */
export class InputError extends Error {
  readonly code = "BAD_USER_INPUT";
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
