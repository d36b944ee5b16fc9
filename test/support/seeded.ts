// Helpers for suites that need the seeded graph and must leave it as they found it.
import type { Database } from "../../src/db/database";
import { loadSeed } from "../../src/seed/load-seed";
import { graphCounts, type GraphCounts } from "../../src/store/graph-stats";

/** Restores exactly the seed graph (for suites that wiped or changed it). */
export async function restoreSeed(db: Database): Promise<void> {
  await loadSeed(db, { reset: true });
}

export { graphCounts, type GraphCounts };
