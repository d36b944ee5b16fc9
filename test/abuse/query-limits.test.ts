// Documents built to make the API work without bound: every one is refused within a second with
// 400 and QUERY_TOO_COMPLEX or QUERY_TOO_DEEP and its figure, while /health keeps answering; and
// explorers' introspection is answered in full.
import { getIntrospectionQuery } from "graphql";
import {
  MAX_DOCUMENT_CHARS,
  MAX_OF_TYPE_DEPTH,
  MAX_QUERY_COMPLEXITY,
  MAX_ROUND_TRIPS,
  ROUND_TRIP_COST,
} from "../../src/graphql/limits";
import { RoundTripLimitError } from "../../src/db/database";
import { errorCodes, startTestApi, type GraphQLResponse, type TestApi } from "../support/api";
import { openTestDatabase } from "../support/test-server";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const repeat = (count: number, make: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => make(index)).join(" ");

/** The fragment fan-out of the issue: each fragment spreads the next twice, 2^24 copies of the last. */
const FRAGMENT_FAN_OUT =
  "{ ...F0 } " +
  repeat(24, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`) +
  " fragment F24 on Query { __typename serverInfo { version } }";

/** GraphiQL's fragments (FullType, InputValue, TypeRef), as graphql-js writes them. */
const INTROSPECTION_FRAGMENTS = getIntrospectionQuery().slice(
  getIntrospectionQuery().indexOf("fragment FullType"),
);

/** Sends `query` while polling /health; resolves to the answer, its time, and the slowest /health. */
async function sendWhileWatchingHealth(query: string) {
  let watching = true;
  let slowestHealth = 0;
  const healthStatuses = new Set<number>();
  const watcher = (async () => {
    while (watching) {
      const started = Date.now();
      healthStatuses.add((await fetch(`${api.url}/health`)).status);
      slowestHealth = Math.max(slowestHealth, Date.now() - started);
    }
  })();
  const started = Date.now();
  const response = await api.gql(query);
  const elapsed = Date.now() - started;
  watching = false;
  await watcher;
  return { response, elapsed, slowestHealth, healthStatuses };
}

function expectRefused(response: GraphQLResponse, code: string, figure: RegExp): void {
  expect(response.status).toBe(400);
  expect(errorCodes(response)).toEqual([code]);
  expect(response.errors?.[0].message).toMatch(figure);
  expect(response.data).toBeUndefined();
}

describe("abusive documents", () => {
  it.each([
    [
      "a fragment fan-out of 1 KB (2^24 expansions)",
      FRAGMENT_FAN_OUT,
      /selections .* is [\d,]{10,}; the limit is 1,000\./,
    ],
    [
      "10,000 aliases",
      `{ ${repeat(10_000, (i) => `a${i}: serverInfo { version }`)} }`,
      /length in characters is [\d,]+; the limit is 20,000\./,
    ],
    [
      "4,999 aliases of serverInfo",
      `{ ${repeat(4_999, (i) => `a${i}: serverInfo { version }`)} }`,
      /length in characters is [\d,]+; the limit is 20,000\./,
    ],
    [
      "3,300 aliases of whoSaid",
      `{ ${repeat(3_300, (i) => `w${i}: whoSaid(quote: "no say") { score }`)} }`,
      /length in characters is [\d,]+; the limit is 20,000\./,
    ],
    [
      "as many aliases of serverInfo as fit in the document limit",
      `{${repeat(Math.floor(MAX_DOCUMENT_CHARS / 26), (i) => `a${i}:serverInfo{version}`)}}`,
      /selections .* is [\d,]+; the limit is 1,000\./,
    ],
    [
      "60 root fields, each a Cypher round trip",
      `{ ${repeat(60, (i) => `a${i}: serverInfo { version }`)} }`,
      new RegExp(
        `estimated cost is ${(60 * (ROUND_TRIP_COST + 2)).toLocaleString("en-US")}; the limit is 20,000\\.`,
      ),
    ],
    [
      "two full introspections at once",
      `{ a: __schema { ...Everything } b: __schema { ...Everything } }
       fragment Everything on __Schema { types { ...FullType } directives { name args { ...InputValue } } }
       ${INTROSPECTION_FRAGMENTS}`,
      /introspection's cost is [\d,]+; the limit is 400,000\./,
    ],
    [
      "introspection fields nested three lists deep",
      "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
      /introspection's cost is [\d,]+; the limit is 400,000\./,
    ],
  ])("refuses %s within a second, /health answering throughout", async (_, query, figure) => {
    const { response, elapsed, slowestHealth, healthStatuses } = await sendWhileWatchingHealth(query);
    expectRefused(response, "QUERY_TOO_COMPLEX", figure);
    expect(elapsed).toBeLessThan(1000);
    expect(slowestHealth).toBeLessThan(1000);
    expect([...healthStatuses]).toEqual([200]);
  });

  it("refuses ofType nested deeper than any type of the schema wraps", async () => {
    let typeRef = "name";
    for (let level = 0; level <= MAX_OF_TYPE_DEPTH; level += 1) typeRef = `name ofType { ${typeRef} }`;
    const response = await api.gql(`{ __type(name: "Query") { fields { type { ${typeRef} } } } }`);
    expectRefused(response, "QUERY_TOO_DEEP", /nesting of ofType is 11; the limit is 10\./);
  });

  it("refuses a depth hidden in fragments, each measured once", async () => {
    const levels = 14;
    const fragments = repeat(levels, (i) =>
      i === levels - 1
        ? `fragment D${i} on Entity { name }`
        : `fragment D${i} on Entity { statements { speaker { ...D${i + 1} } } }`,
    );
    const response = await api.gql(`{ entity(id: "person/donald-trump") { ...D0 } } ${fragments}`);
    expectRefused(response, "QUERY_TOO_DEEP", /depth in levels is 28; the limit is 12\./);
  });
});

describe("introspection", () => {
  it("answers GraphiQL's full introspection query", async () => {
    // GraphiQL 3 asks for input value deprecation and the schema description, typeDepth 9.
    const query = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
    const { response, elapsed } = await sendWhileWatchingHealth(query);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const schema = (response.data as { __schema: { types: { name: string }[] } }).__schema;
    expect(schema.types.map((type) => type.name)).toEqual(expect.arrayContaining(["Query", "Statement"]));
    expect(elapsed).toBeLessThan(1000);
  });

  it("answers Apollo Sandbox's and Postman's fuller query (descriptions, specifiedBy, repeatable)", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const response = await api.gql(query);
    expect(response.errors).toBeUndefined();
  });
});

describe("Cypher round trips of one request", () => {
  it(`are capped at ${MAX_ROUND_TRIPS}: the next one is refused with RoundTripLimitError`, async () => {
    const db = openTestDatabase();
    try {
      const counted = db.withCounter({ roundTrips: 0, limit: 2 });
      await counted.serverInfo();
      await counted.serverInfo();
      await expect(counted.serverInfo()).rejects.toBeInstanceOf(RoundTripLimitError);
    } finally {
      await db.driver.close();
    }
  });

  it("a root field's round trip is in its cost: 50 root fields fit, 51 do not", async () => {
    const fit = Math.floor(MAX_QUERY_COMPLEXITY / (ROUND_TRIP_COST + 2));
    const within = await api.gql(`{ ${repeat(fit, (i) => `a${i}: serverInfo { version }`)} }`);
    expect(within.errors).toBeUndefined();
    expect(within.extensions?.cypherRoundTrips).toBe(fit);
    const beyond = await api.gql(`{ ${repeat(fit + 1, (i) => `a${i}: serverInfo { version }`)} }`);
    expect(errorCodes(beyond)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(beyond.extensions?.cypherRoundTrips).toBe(0);
  });
});
