// npm run seed / npm start: validate the whole seed first, then write it in one transaction.
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import { SEED_DIR } from "../paths";
import { writeBatch, type LoadCounts, type Progress } from "../store/graph-loader";
import { readSeed } from "./read";
import { seedBatch } from "./seed-batch";
import { validateSeed } from "./validate";

export interface SeedOptions {
  seedDir?: string;
  /** Delete every node first (in the same transaction), so the graph is exactly the seed. */
  reset?: boolean;
  onStep?: (step: string) => void;
  onProgress?: Progress;
}

export async function loadSeed(db: Database, options: SeedOptions = {}): Promise<LoadCounts> {
  const step = options.onStep ?? (() => undefined);
  step("reading and validating the seed");
  const bundle = readSeed(options.seedDir ?? SEED_DIR);
  validateSeed(bundle);
  const batch = seedBatch(bundle);
  return db.write(async (tx) => {
    if (options.reset) {
      step("deleting the current graph");
      await tx.run(cypher("loader/delete-all"));
    }
    step("writing the seed graph");
    return writeBatch(tx, batch, options.onProgress);
  });
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read<{ empty: boolean }>("RETURN NOT EXISTS { MATCH (n) } AS empty");
  return row.empty;
}
