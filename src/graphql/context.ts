// What every resolver receives: this request's database handle (counting its round trips), its
// DataLoaders, and whether the caller presented an API key.
import type { Database, QueryCounter } from "../db/database";
import type { Extractor } from "../ingest/extractor";
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
}

export function createContext(
  db: Database,
  authenticated: boolean,
  prefetch = true,
  extractor?: Extractor,
): GraphQLContext {
  const queryCounter: QueryCounter = { roundTrips: 0 };
  const counted = db.withCounter(queryCounter);
  return { db: counted, queryCounter, authenticated, loaders: new Loaders(counted), prefetch, extractor };
}
