// Lists and searches return their nodes as projections of the properties the converters read
// (nodeProjection), not whole nodes. They must convert to exactly what the whole node converts to.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Label } from "../../src/graph/model";
import { CYPHER_DIR } from "../../src/paths";
import { entitiesByIds, listEntities, resolveEntity } from "../../src/store/entities";
import { nodeProjection } from "../../src/store/prefetch";
import { listStatements, statementsByIds, whoSaid } from "../../src/store/statements";
import { openTestDatabase } from "../support/test-server";

const db = openTestDatabase();
afterAll(() => db.driver.close());

describe("projected nodes", () => {
  /** Every projected node in `projected` must equal its whole node, read by id. */
  async function expectWholeNodes<T extends { id: string }>(
    projected: T[],
    byIds: (ids: string[]) => Promise<Map<string, T>>,
  ): Promise<void> {
    const whole = await byIds(projected.map((node) => node.id));
    for (const node of projected) expect(node).toEqual(whole.get(node.id));
  }

  it("convert like whole statements: a page of statements and whoSaid", async () => {
    const page = await listStatements(db, {}, { first: 100 });
    expect(page.items.length).toBeGreaterThan(20);
    const matches = await whoSaid(db, "I could have made that deal so easily", 1);
    expect(matches).toHaveLength(1);
    await expectWholeNodes([...page.items, ...matches.map((match) => match.statement)], (ids) =>
      statementsByIds(db, ids),
    );
  });

  it("convert like whole entities: a page of entities and resolveEntity", async () => {
    const page = await listEntities(db, {}, { first: 100 });
    expect(page.items.length).toBeGreaterThan(20);
    const matches = await resolveEntity(db, "Zelensky", null, 1);
    expect(matches).toHaveLength(1);
    await expectWholeNodes([...page.items, ...matches.map((match) => match.entity)], (ids) =>
      entitiesByIds(db, ids),
    );
  });

  it("are written in cypher/store files exactly as nodeProjection writes them", () => {
    const dir = path.join(CYPHER_DIR, "store");
    const files = readdirSync(dir).filter((file) => file.endsWith(".cypher"));
    let found = 0;
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), "utf8");
      for (const [, variable] of text.matchAll(/properties: (\w+) \{/g)) {
        const label = variable === "statement" ? Label.Statement : Label.Entity;
        expect(`${file}: ${text}`).toContain(nodeProjection(variable, label));
        found += 1;
      }
    }
    expect(found).toBeGreaterThanOrEqual(3);
  });
});
