// What every resolver receives: this request's database handle (counting its round trips, at most
// MAX_ROUND_TRIPS), its DataLoaders, whether the caller presented an API key, and the request's id.
import type { Database, QueryCounter } from "../db/database";
import type { Extractor } from "../ingest/extractor";
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
  caller?: string,
): GraphQLContext {
  const queryCounter: QueryCounter = { roundTrips: 0, limit: MAX_ROUND_TRIPS };
  const counted = db.withCounter(queryCounter, receivedAt);
  return {
    db: counted,
    queryCounter,
    authenticated,
    loaders: new Loaders(counted),
    prefetch,
    requestId,
    extractor,
    caller,
  };
}
