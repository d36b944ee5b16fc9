// Idempotency keys: a client may send a key of its choosing with any mutation. The key is claimed, and
// the mutation's result stored on it, in the mutation's own write transaction — so the key exists
// exactly when the write committed. A retry with the same key (after a timeout, a dropped connection,
// or SERVICE_UNAVAILABLE from a commit that did happen) returns the first result instead of running
// again; a concurrent request with the same key waits for the first and returns its result. Keys live
// in Neo4j, so this holds across any number of API replicas, and expire after a day.
import { createHash } from "node:crypto";
import { Neo4jError } from "neo4j-driver";
import { cypher } from "../db/cypher";
import { Database, type Params, type Transaction } from "../db/database";
import { InputError } from "../errors";

/** How long a key is remembered: a client retries within minutes; a day covers a retry after an outage. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** 8 to 200 printable ASCII characters: a UUID, a ULID, or "<client>-<request number>". */
const KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

/** How many expired keys one keyed mutation deletes after it committed. */
const EXPIRED_KEYS_PER_SWEEP = 1000;

export interface IdempotencyScope {
  key: string;
  /** The mutation's name: a key is bound to one mutation… */
  mutation: string;
  /** …and to one request: the digest of its arguments. */
  request: string;
}

/** JSON with object keys sorted, so the same arguments always give the same digest. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The scope of a mutation's key, or undefined when the client sent none. */
export function idempotencyScope(
  key: string | null | undefined,
  mutation: string,
  args: unknown,
): IdempotencyScope | undefined {
  if (key == null) return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new InputError("idempotencyKey", "must be 8 to 200 printable ASCII characters, such as a UUID");
  }
  const request = createHash("sha256").update(canonicalJson({ mutation, args })).digest("hex");
  return { key, mutation, request };
}

/** A concurrent request with the same key committed first. */
class KeyTakenError extends Error {}

const CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

/**
 * The database as a keyed mutation sees it: reads pass through; its one write transaction claims the
 * key first and stores what the transaction returns on it before committing.
 */
class KeyedDatabase extends Database {
  wrote = false;
  result: unknown;

  constructor(
    private readonly base: Database,
    private readonly scope: IdempotencyScope,
  ) {
    super(base.driver, base.name);
  }

  override read<Row extends Record<string, unknown>>(query: string, params?: Params): Promise<Row[]> {
    return this.base.read<Row>(query, params);
  }

  override async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    if (this.wrote) throw new Error(`${this.scope.mutation}: a keyed mutation writes in one transaction`);
    this.wrote = true;
    const { key, mutation, request } = this.scope;
    this.result = await this.base.write(async (tx) => {
      try {
        await tx.run(cypher("store/idempotency-claim"), {
          key,
          mutation,
          request,
          ttlHours: IDEMPOTENCY_KEY_TTL_HOURS,
        });
      } catch (error) {
        if (error instanceof Neo4jError && error.code === CONSTRAINT_FAILED) throw new KeyTakenError(key);
        throw error;
      }
      const result = await work(tx);
      await tx.run(cypher("store/idempotency-record"), { key, result: JSON.stringify(result ?? null) });
      return result;
    });
    return this.result as T;
  }
}

type Recorded<T> = { found: true; result: T } | { found: false };

async function recordedResult<T>(db: Database, scope: IdempotencyScope): Promise<Recorded<T>> {
  const [row] = await db.read<{ mutation: string; request: string; result: string | null }>(
    cypher("store/idempotency-lookup"),
    { key: scope.key },
  );
  if (!row) return { found: false };
  if (row.mutation !== scope.mutation || row.request !== scope.request) {
    throw new InputError(
      "idempotencyKey",
      `was used in the last ${IDEMPOTENCY_KEY_TTL_HOURS} hours for another request (${row.mutation}); ` +
        "send a new key with every new request",
    );
  }
  return { found: true, result: JSON.parse(row.result ?? "null") as T };
}

async function sweepExpiredKeys(db: Database): Promise<void> {
  try {
    await db.write((tx) => tx.run(cypher("store/idempotency-expire"), { limit: EXPIRED_KEYS_PER_SWEEP }));
  } catch {
    // Best effort: the next keyed mutation sweeps again, and lookups ignore expired keys anyway.
  }
}

/**
 * Runs a mutation at most once per key. `run` gets the database to write through, and must return
 * what its one write transaction returned (the store's mutations do), since that is what a retry gets.
 * Without a scope it simply runs. Errors are not remembered: a refused request may be retried.
 */
export async function runOnce<T>(
  db: Database,
  scope: IdempotencyScope | undefined,
  run: (db: Database) => Promise<T>,
): Promise<T> {
  if (!scope) return run(db);
  const recorded = await recordedResult<T>(db, scope);
  if (recorded.found) return recorded.result;
  const keyed = new KeyedDatabase(db, scope);
  let result: T;
  try {
    result = await run(keyed);
  } catch (error) {
    if (!(error instanceof KeyTakenError)) throw error;
    const first = await recordedResult<T>(db, scope);
    if (!first.found) throw new Error(`idempotency key ${scope.key} was taken but holds no result`);
    return first.result;
  }
  if (keyed.wrote) {
    if (keyed.result !== result) throw new Error(`${scope.mutation} returned another value than it stored`);
    await sweepExpiredKeys(db);
  }
  return result;
}
