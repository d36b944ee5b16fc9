// The driver, created once per process, and the two ways the store talks to Neo4j: a routed read in
// an auto-commit transaction (retried on transient errors) and a write transaction (session.executeWrite).
// The API's handle bounds both in time (a transaction timeout Neo4j enforces, and a deadline of our own
// for a Neo4j that does not answer at all) and counts and caps each request's round trips.
import neo4j, {
  isRetryableError,
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type RecordShape,
} from "neo4j-driver";
import { boltUri, type Config } from "../config";

export type Params = Record<string, unknown>;

/** How long reads and writes retry transient failures (a cluster electing a leader) before failing. */
const READ_RETRY_MS = 2_000;
/** How much longer than its transaction timeout a query may take before we stop waiting for Neo4j. */
const DEADLINE_GRACE_MS = 250;

/** Counts Cypher round trips, so tests can show that a page costs a fixed number of them. */
export interface QueryCounter {
  roundTrips: number;
  /** Round trips allowed; the next one throws RoundTripLimitError. */
  limit?: number;
  /** When all of the request's reads must be done (epoch ms), shared by every handle of the request. */
  readsDeadline?: number;
}

/** Transaction timeouts, in milliseconds; none for scripts (seeding and ingestion may take long). */
export interface Timeouts {
  readMs: number;
  writeMs: number;
}

/** A request asked for more Cypher round trips than QueryCounter.limit. */
export class RoundTripLimitError extends Error {
  constructor(readonly limit: number) {
    super(`The request needs more than ${limit} Cypher round trips.`);
    this.name = "RoundTripLimitError";
  }
}

/** Neo4j did not answer within a transaction's timeout (and its grace): stalled or overloaded. */
export class DatabaseTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Neo4j did not answer within ${timeoutMs} ms.`);
    this.name = "DatabaseTimeoutError";
  }
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

/**
 * Neo4j unreachable, stalled, overloaded or too slow: nothing the client did wrong, and worth a retry
 * later. The driver gives a waiting-for-a-connection timeout no code of its own, only its message.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseTimeoutError) return true;
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE_CODES.has(error.code) ||
    error.code.startsWith("Neo.TransientError.General.DatabaseUnavailable") ||
    error.message.startsWith("Connection acquisition timed out")
  );
}

/** Settles like `work`, or rejects with DatabaseTimeoutError once `timeoutMs` and the grace have passed. */
function withDeadline<T>(work: Promise<T>, timeoutMs: number | undefined): Promise<T> {
  if (timeoutMs === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new DatabaseTimeoutError(timeoutMs)),
      timeoutMs + DEADLINE_GRACE_MS,
    );
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export interface ServerInfo {
  name: string;
  version: string;
  edition: string;
}

/** The pool: `size` connections, and how long a query waits for one before SERVICE_UNAVAILABLE. */
export interface PoolOptions {
  size: number;
  acquisitionTimeoutMs: number;
}

/**
 * The pool of the API and the scripts. Opening a connection counts in the acquisition time, and takes
 * seconds on a loaded machine; an API read waits no longer than its request's budget all the same
 * (DatabaseTimeoutError). /health has its own small pool, so that it never waits behind queries.
 */
const API_POOL: PoolOptions = { size: 50, acquisitionTimeoutMs: 10_000 };

export function createDriver(config: Config, pool: PoolOptions = API_POOL): Driver {
  return neo4j.driver(boltUri(config), neo4j.auth.basic(config.neo4jUser, config.neo4jPassword), {
    // Integers come back as JavaScript numbers: ids, offsets and counts stay far below 2^53.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: pool.acquisitionTimeoutMs,
    connectionTimeout: Math.min(3_000, pool.acquisitionTimeoutMs),
    // Retry transient failures (a cluster electing a leader) for a few seconds, not the default 30:
    // while Neo4j is down a request should fail fast with SERVICE_UNAVAILABLE.
    maxTransactionRetryTime: READ_RETRY_MS,
    maxConnectionPoolSize: pool.size,
    userAgent: "newsgraph",
  });
}

export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly timeouts?: Timeouts,
    private readonly counter?: QueryCounter,
    /** Reads each bounded by the read timeout alone, not by the request's deadline. */
    private readonly ownBudget = false,
  ) {}

  /** The same database, every transaction bounded by `timeouts`. */
  withTimeouts(timeouts: Timeouts): Database {
    return new Database(this.driver, this.name, timeouts, this.counter);
  }

  /**
   * The same database for one request: its round trips counted (and capped at counter.limit) in
   * `counter`, and all its reads together bounded by timeouts.readMs from `receivedAt` (when the
   * request arrived, before it waited for its turn), not each of them.
   */
  withCounter(counter: QueryCounter, receivedAt = Date.now()): Database {
    counter.readsDeadline = this.timeouts && receivedAt + this.timeouts.readMs;
    return new Database(this.driver, this.name, this.timeouts, counter);
  }

  /**
   * The same database whose reads each get the whole read timeout: for a mutation whose own work
   * outlasts a request's read budget (ingestion waits seconds for the NLP server between its reads).
   */
  withoutRequestDeadline(): Database {
    return new Database(this.driver, this.name, this.timeouts, this.counter, true);
  }

  /** Gives the request's remaining reads a whole read budget again, from now (after such a mutation). */
  restartReadBudget(): void {
    if (this.counter && this.timeouts) this.counter.readsDeadline = Date.now() + this.timeouts.readMs;
  }

  /** What is left of the read timeout; DatabaseTimeoutError when nothing is. */
  private readTimeout(): number | undefined {
    if (!this.timeouts) return undefined;
    const deadline = this.ownBudget ? undefined : this.counter?.readsDeadline;
    if (deadline === undefined) return this.timeouts.readMs;
    const left = deadline - Date.now();
    if (left <= 0) throw new DatabaseTimeoutError(this.timeouts.readMs);
    return left;
  }

  /**
   * One read query. An auto-commit transaction costs one network round trip (RUN and PULL together)
   * where driver.executeQuery's managed transaction adds BEGIN and COMMIT: the benchmark measured
   * 20–30% more requests/s. Reads have no side effects, so transient failures are simply retried.
   */
  async read<Row extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<Row[]> {
    this.count();
    const deadline = Date.now() + READ_RETRY_MS;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const timeoutMs = this.readTimeout();
        return await withDeadline(this.readOnce<Row>(query, params, timeoutMs), timeoutMs);
      } catch (error) {
        if (!isRetryableError(error) || Date.now() + attempt * 200 > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, attempt * 200));
      }
    }
  }

  private async readOnce<Row extends RecordShape>(
    query: string,
    params: Params,
    timeoutMs: number | undefined,
  ): Promise<Row[]> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run<Row>(query, params, this.transactionConfig(timeoutMs));
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  }

  private transactionConfig(timeoutMs: number | undefined): { timeout: number } | undefined {
    return timeoutMs === undefined ? undefined : { timeout: timeoutMs };
  }

  /** Runs `work` in one write transaction: everything it writes commits together or not at all. */
  async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    const writing = (async () => {
      try {
        return await session.executeWrite(
          (tx) => work(new Transaction(tx, () => this.count())),
          this.transactionConfig(this.timeouts?.writeMs),
        );
      } finally {
        await session.close();
      }
    })();
    return withDeadline(writing, this.timeouts && this.timeouts.writeMs + READ_RETRY_MS);
  }

  async serverInfo(): Promise<ServerInfo> {
    const [row] = await this.read<{ name: string; versions: string[]; edition: string }>(
      "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition",
    );
    return { name: row.name, version: row.versions[0], edition: row.edition };
  }

  private count(): void {
    if (!this.counter) return;
    const { limit } = this.counter;
    if (limit !== undefined && this.counter.roundTrips >= limit) throw new RoundTripLimitError(limit);
    this.counter.roundTrips += 1;
  }
}

/** A write transaction that counts its round trips like Database.read does. */
export class Transaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly onQuery: () => void,
  ) {}

  async run<Row extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<Row[]> {
    this.onQuery();
    const result = await this.tx.run<Row>(query, params);
    return result.records.map((record) => record.toObject());
  }
}
