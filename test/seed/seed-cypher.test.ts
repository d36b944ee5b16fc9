// cypher/seed.cypher is what `npm run seed:cypher` writes, and running it builds the same graph as the loader.
import { readFileSync } from "node:fs";
import path from "node:path";
import { splitStatements } from "../../src/db/cypher";
import type { Database } from "../../src/db/database";
import { CYPHER_DIR, SEED_DIR } from "../../src/paths";
import { readSeed } from "../../src/seed/read";
import { renderSeedCypher } from "../../src/seed/seed-cypher";
import { expectGraphUnchanged, graphDigest } from "../support/graph-digest";
import { restoreSeed } from "../support/seeded";
import { openTestDatabase } from "../support/test-server";

const committed = readFileSync(path.join(CYPHER_DIR, "seed.cypher"), "utf8");

describe("cypher/seed.cypher", () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => {
    await restoreSeed(db);
    await db.driver.close();
  });

  it("is up to date with seed/ (run `npm run seed:cypher` when this fails)", () => {
    expect(committed).toBe(renderSeedCypher(readSeed(SEED_DIR)));
  });

  it("rebuilds the same graph as the loader on an empty database", async () => {
    const loaded = await graphDigest(db);
    await db.write((tx) => tx.run("MATCH (n) DETACH DELETE n"));
    for (const statement of splitStatements(committed)) {
      await db.write((tx) => tx.run(statement));
    }
    await expectGraphUnchanged(db, loaded);
  });
});
