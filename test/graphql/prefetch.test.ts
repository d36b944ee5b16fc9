// Prefetching (src/graphql/prefetch.ts): a root field's query also fetches what the selection reads
// below it. It must change how many round trips a request costs, never what it answers: every query
// here runs twice on the seed graph, with prefetching and without (field by field through the
// DataLoaders), and the answers must be identical.
import { graphql, type ExecutionResult } from "graphql";
import { Database } from "../../src/db/database";
import { createContext } from "../../src/graphql/context";
import { MAX_PREFETCH_DEPTH } from "../../src/graphql/prefetch";
import { buildNewsgraphSchema } from "../../src/graphql/schema";
import { openTestDatabase } from "../support/test-server";

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.driver.close());

async function run(
  source: string,
  prefetch: boolean,
): Promise<{ result: ExecutionResult; roundTrips: number }> {
  const context = createContext(db, false, prefetch);
  const result = await graphql({ schema: buildNewsgraphSchema(), source, contextValue: context });
  return { result, roundTrips: context.queryCounter.roundTrips };
}

/** Runs `source` with and without prefetching; expects the same non-empty answer; returns both costs. */
async function compare(source: string): Promise<{ prefetched: number; fieldByField: number }> {
  const withPrefetch = await run(source, true);
  const without = await run(source, false);
  expect(withPrefetch.result.errors).toBeUndefined();
  expect(without.result.errors).toBeUndefined();
  expect(JSON.stringify(withPrefetch.result.data)).not.toMatch(/^\{"[a-zA-Z]+":(null|\[\])\}$/);
  expect(withPrefetch.result.data).toEqual(without.result.data);
  return { prefetched: withPrefetch.roundTrips, fieldByField: without.roundTrips };
}

const STATEMENT_FIELDS = `id text kind
  speaker { id name }
  via { name }
  mentions { id name __typename }
  disputes { id speaker { name } }
  disputedBy { id text speaker { name } mentions { name } }
  confirms { id } confirmedBy { id speaker { name } }
  figures { name value unit }`;

const ENTITY_FIELDS = `id name __typename
  statements { id mentions { name } }
  mentionedIn { id speaker { name } }
  ... on Person {
    roles { title organization { name ... on Organization { memberEntities { name } } } }
    memberOf { name }
  }
  ... on Organization {
    locatedIn { name } members { title person { name } } memberEntities { name } memberOf { name }
    strikes { on target { name ... on Place { containedIn { name } } } }
  }
  ... on Place {
    locatedIn { name } containedIn { id name } contains { name }
    struckBy { on means attacker { name } } strikes { on }
  }
  ... on Facility { locatedIn { name } containedIn { name } struckBy { attacker { name } } figures { name value } }`;

describe("prefetching", () => {
  it("answers a page of statements, every list field of a statement, in one round trip", async () => {
    const cost = await compare(`{ statements(first: 100) { edges { node { ${STATEMENT_FIELDS} } } } }`);
    expect(cost.prefetched).toBe(1);
    expect(cost.fieldByField).toBeGreaterThan(2);
  });

  it("answers every list field of every kind of entity, through fragments, in one round trip", async () => {
    const cost = await compare(`{ entities(first: 100) { edges { node { ${ENTITY_FIELDS} } } } }`);
    expect(cost.prefetched).toBe(1);
    expect(cost.fieldByField).toBeGreaterThan(2);
  });

  it("follows named fragments, aliases and a strike's two ends", async () => {
    const cost = await compare(`
      query { strikes(first: 50) { edges { node { on
        attacker { ...Named statements { id } }
        target { ...Named ...Chain }
        evidence { excerpt }
      } } } }
      fragment Named on Entity { id name }
      fragment Chain on Entity { ... on Place { up: containedIn { id } } ... on Facility { containedIn { name } } }`);
    expect(cost.prefetched).toBe(1);
  });

  it("prefetches below entity(id), article(id), statement(id), whoSaid, resolveEntity and articles", async () => {
    const queries = [
      `{ resolveEntity(name: "Zelensky") { entity { ${ENTITY_FIELDS} } } }`,
      `{ whoSaid(quote: "I could have made that deal so easily") { score statement { ${STATEMENT_FIELDS} } } }`,
      `{ articles { id statements { id speaker { name } } } }`,
    ];
    for (const query of queries) expect((await compare(query)).prefetched).toBe(1);
    const { result } = await run(`{ articles { id statements { id } } }`, false);
    const article = (result.data as { articles: { id: string; statements: { id: string }[] }[] }).articles[0];
    expect(
      (await compare(`{ article(id: "${article.id}") { title statements { ${STATEMENT_FIELDS} } } }`))
        .prefetched,
    ).toBe(1);
    const first = article.statements[0].id;
    expect((await compare(`{ statement(id: "${first}") { ${STATEMENT_FIELDS} } }`)).prefetched).toBe(1);
    const zelensky = `{ resolveEntity(name: "Zelensky") { entity { id } } }`;
    const { result: resolved } = await run(zelensky, false);
    const id = (resolved.data as { resolveEntity: { entity: { id: string } }[] }).resolveEntity[0].entity.id;
    expect((await compare(`{ entity(id: "${id}") { ${ENTITY_FIELDS} } }`)).prefetched).toBe(1);
  });

  it(`costs one more round trip for a level beyond ${MAX_PREFETCH_DEPTH} levels of neighbours`, async () => {
    // Five levels through five different hops (so no level finds its answer cached by another): four
    // come with the entity; the speakers' memberOf costs one more round trip.
    const memberOf = "memberOf { name }";
    const cost = await compare(`{ resolveEntity(name: "Zelensky") { entity {
      statements { mentions { mentionedIn { speaker { name
        ... on Person { ${memberOf} } ... on Organization { ${memberOf} } } } } } } } }`);
    expect(MAX_PREFETCH_DEPTH).toBe(4);
    expect(cost.prefetched).toBe(2);
  });

  it("fetches for neighbours only the properties the whole operation shows", async () => {
    // The context reads through its own counting Database, so watch them all.
    const read = jest.spyOn(Database.prototype, "read");
    try {
      /** The query that carried the prefetch, as sent to Neo4j. */
      const prefetchOf = async (query: string): Promise<string> => {
        read.mockClear();
        const { result } = await run(query, true);
        expect(result.errors).toBeUndefined();
        const sent = read.mock.calls
          .map(([cypher]) => cypher)
          .find((cypher) => cypher.includes("prefetched"));
        return sent ?? "";
      };
      const narrow = await prefetchOf(
        `{ statements(first: 100) { edges { node { id mentions { name } } } } }`,
      );
      expect(narrow).toMatch(/node1 \{\.id, \.name\}/);
      // Another root field reads more of the same kind of node, through a DataLoader the first one primes:
      // the neighbours come with those properties too, and the answers match those without prefetching.
      const wide = `{
        statements(first: 100) { edges { node { id mentions { name } } } }
        entities(first: 100) { edges { node { ... on Organization { country { name description } } } } }
      }`;
      expect(await prefetchOf(wide)).toMatch(/node1 \{\.id, \.name, \.description, \.country\}/);
      await compare(wide);
    } finally {
      read.mockRestore();
    }
  });

  it("is not used when the selection reads no neighbours", async () => {
    const cost = await compare(`{ statements(first: 5) { edges { node { id text } } } }`);
    expect(cost).toEqual({ prefetched: 1, fieldByField: 1 });
  });
});
