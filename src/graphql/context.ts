// What every resolver receives: this request's database handle (counting its round trips) and who is calling.
import type { Database, QueryCounter } from "../db/database";

export interface GraphQLContext {
  db: Database;
  queryCounter: QueryCounter;
  /** True when the request carried a valid API key (mutations need one). */
  authenticated: boolean;
}

export function createContext(db: Database, authenticated: boolean): GraphQLContext {
  const queryCounter: QueryCounter = { roundTrips: 0 };
  return { db: db.withCounter(queryCounter), queryCounter, authenticated };
}
