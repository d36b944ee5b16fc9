// What every resolver receives: this request's database handle (counting its round trips, at most
// MAX_ROUND_TRIPS), its DataLoaders, whether the caller presented an API key, and the request's id.
import { DEFAULT_PORT, localPublicUrl } from "../config";
import type { Database, QueryCounter } from "../db/database";
import type { Extractor } from "../ingest/extractor";
import type { FeedTail } from "../store/feed-tail";
import { MAX_ROUND_TRIPS } from "./limits";
import { Loaders } from "./loaders";

export interface GraphQLContext {
  db: Database;
  queryCounter: QueryCounter;
  /** True when the request carried a valid API key (mutations need one). */
  authenticated: boolean;
  loaders: Loaders;
  /** Root fields fetch what their selection reads in the same query (off only to compare answers in tests). */
  prefetch: boolean;
  /** Runs the extractor for ingestion; absent where the process has no NLP server (benchmarks). */
  extractor?: Extractor;
  /** The id in the X-Request-Id header and in every error's extensions, and in the log. */
  requestId: string;
  /** This process's follower of the change feed: present on WebSocket connections (subscriptions). */
  feed?: FeedTail;
  /** The API's public address, which the JSON-LD's @id URLs start with (config.publicUrl). */
  publicUrl: string;
  /** Who the API key is (src/server/auth.ts callerOf), for audit records; undefined without a key. */
  caller?: string;
}

export function createContext(
  db: Database,
  authenticated: boolean,
  prefetch = true,
  requestId = "local",
  receivedAt = Date.now(),
  extractor?: Extractor,
  publicUrl = localPublicUrl(DEFAULT_PORT),
  caller?: string,
): GraphQLContext {
  return {
    ...requestBudget(db, receivedAt),
    authenticated,
    prefetch,
    requestId,
    extractor,
    publicUrl,
    caller,
  };
}

/** A request's round-trip counter, time budget and DataLoaders (which cache for one request only). */
function requestBudget(
  db: Database,
  receivedAt: number,
): Pick<GraphQLContext, "db" | "queryCounter" | "loaders"> {
  const queryCounter: QueryCounter = { roundTrips: 0, limit: MAX_ROUND_TRIPS };
  const counted = db.withCounter(queryCounter, receivedAt);
  return { db: counted, queryCounter, loaders: new Loaders(counted) };
}

/**
 * A subscription's context serves one event after another: each event is a request of its own, with a
 * fresh round-trip budget and time budget, and loaders that do not answer from an earlier event's cache.
 */
export function renewForEvent(context: GraphQLContext): void {
  Object.assign(context, requestBudget(context.db, Date.now()));
}
