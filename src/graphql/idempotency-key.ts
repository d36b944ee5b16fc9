// The `idempotencyKey` argument every mutation takes, and the one call that honours it.
import type { Database } from "../db/database";
import { IDEMPOTENCY_KEY_TTL_HOURS, idempotencyScope, runOnce } from "../store/idempotency";

export const IDEMPOTENCY_KEY_ARG = {
  nullable: true,
  description:
    "A key of your choosing (a UUID): retrying the mutation with the same key and arguments returns the " +
    `first result instead of doing it again, for ${IDEMPOTENCY_KEY_TTL_HOURS} hours.`,
} as const;

export const EXPECTED_VERSION_ARG = {
  nullable: true,
  description: "The version you read: refused with CONFLICT when the node changed since.",
} as const;

/** Runs mutation `name` with `args` at most once per idempotency key (always, without a key). */
export function once<T>(
  db: Database,
  name: string,
  key: string | null | undefined,
  args: unknown,
  run: (db: Database) => Promise<T>,
): Promise<T> {
  return runOnce(db, idempotencyScope(key, name, args), run);
}
