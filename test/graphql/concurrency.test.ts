// Twenty clients at once against the real Neo4j: of N identical creates exactly one succeeds and the
// others are told ALREADY_EXISTS; N identical ingests write once; N retries with one key get one result.
import { restoreSeed } from "../support/seeded";
import {
  CONCURRENT_REQUESTS,
  errorCodes,
  startTestApi,
  TEST_API_KEY,
  type GraphQLResponse,
  type TestApi,
} from "../support/api";
import { expectGraphIntact } from "../support/graph-check";
import { expectGraphUnchanged, graphDigest } from "../support/graph-digest";

const CLIENTS = 20;
const ARTICLE = "article/kyiv-independent-2025-01-24";
const TEXT = `Night strike on Ostrel depot
Drones hit a fuel depot in the city of Ostrel overnight on March 3, Ostrel Governor Milena Sarkova said.
"The fire is out," Sarkova said. The regional police said two workers were injured.
`;

let api: TestApi;
let articleText: string;
beforeAll(async () => {
  api = await startTestApi(CONCURRENT_REQUESTS);
  await restoreSeed(api.db);
  const [row] = await api.db.read<{ text: string }>("MATCH (a:Article {id: $id}) RETURN a.text AS text", {
    id: ARTICLE,
  });
  articleText = row.text;
});
afterEach(() => expectGraphIntact(api.db));
afterAll(async () => {
  await restoreSeed(api.db);
  await api.close();
});

function all(
  query: string,
  variables: (client: number) => Record<string, unknown>,
): Promise<GraphQLResponse[]> {
  return Promise.all(
    Array.from({ length: CLIENTS }, (_, client) =>
      api.gql(query, variables(client), { apiKey: TEST_API_KEY }),
    ),
  );
}

/** Exactly one answer succeeded; every other is ALREADY_EXISTS naming `id`. Returns the winner's index. */
function expectOneWinner(answers: GraphQLResponse[], id: string): number {
  const winners = answers.flatMap((answer, client) => (answer.errors ? [] : [client]));
  expect(winners).toHaveLength(1);
  for (const answer of answers.filter((a) => a.errors)) {
    expect(errorCodes(answer)).toEqual(["ALREADY_EXISTS"]);
    expect(answer.errors![0].message).toContain(id);
  }
  return winners[0];
}

describe(`${CLIENTS} concurrent creates of one id`, () => {
  it("createEntity: one succeeds, the node holds its name, the others are told ALREADY_EXISTS", async () => {
    const answers = await all(
      `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id name } }`,
      (client) => ({ input: { id: "person/contested-name", type: "Person", name: `Writer ${client}` } }),
    );
    const winner = expectOneWinner(answers, "person/contested-name");
    const rows = await api.db.read<{ name: string }>(
      "MATCH (p:Person {id: 'person/contested-name'}) RETURN p.name AS name",
    );
    expect(rows).toEqual([{ name: `Writer ${winner}` }]);
  });

  it("createStatement: one succeeds, with one speaker", async () => {
    const excerpt = "Ryazan lies roughly 500 kilometers";
    const start = articleText.indexOf(excerpt);
    const id = "statement/kyiv-independent-2025-01-24/contested";
    const answers = await all(
      `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id } }`,
      (client) => ({
        input: {
          id,
          articleId: ARTICLE,
          speaker: client % 2 ? "person/heorhii-tykhyi" : "organization/kyiv-independent",
          kind: "REPORT",
          text: `Ryazan is far, says writer ${client}.`,
          evidence: { start, end: start + excerpt.length, excerpt },
        },
      }),
    );
    expectOneWinner(answers, id);
    const [row] = await api.db.read<{ speakers: number; articles: number }>(
      `MATCH (s:Statement {id: $id})
       RETURN COUNT { ()-[:SAID]->(s) } AS speakers, COUNT { (s)-[:REPORTED_IN]->() } AS articles`,
      { id },
    );
    expect(row).toEqual({ speakers: 1, articles: 1 });
  });

  it("createArticle and link: one succeeds each", async () => {
    const articles = await all(
      `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id } }`,
      (client) => ({
        input: {
          id: "article/contested",
          title: `Contested ${client}`,
          publisher: "organization/kyiv-independent",
          publishedOn: "2025-01-25",
          text: "The mayor said the metro runs again.",
        },
      }),
    );
    expectOneWinner(articles, "article/contested");
    const excerpt = "Ryazan lies roughly 500 kilometers";
    const start = articleText.indexOf(excerpt);
    const links = await all(`mutation ($input: LinkInput!) { link(input: $input) { id } }`, () => ({
      input: {
        type: "LOCATED_IN",
        from: "place/pishchane",
        to: "place/donetsk-oblast",
        evidence: { articleId: ARTICLE, start, end: start + excerpt.length, excerpt },
      },
    }));
    const winner = expectOneWinner(links, "LOCATED_IN:place/pishchane->place/donetsk-oblast");
    const id = (links[winner].data as { link: { id: string } }).link.id;
    const [row] = await api.db.read<{ links: number }>(
      "MATCH (:Place {id: 'place/pishchane'})-[r:LOCATED_IN {id: $id}]->(:Place {id: 'place/donetsk-oblast'}) RETURN count(r) AS links",
      { id },
    );
    expect(row.links).toBe(1);
  });
});

describe(`${CLIENTS} concurrent requests that are one`, () => {
  it("identical ingests write the article once, exactly as a single ingest does", async () => {
    const ingest = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId unchanged statements } }`;
    const input = { text: TEXT, publishedOn: "2025-03-03", publisher: "Ostrel Herald" };
    await restoreSeed(api.db);
    const single = await api.gql(ingest, { input }, { apiKey: TEST_API_KEY });
    expect(single.errors).toBeUndefined();
    const once = await graphDigest(api.db);

    await restoreSeed(api.db);
    const answers = await all(ingest, () => ({ input }));
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const results = answers.map(
      (answer) => (answer.data as { ingestArticle: { unchanged: boolean } }).ingestArticle,
    );
    expect(results.filter((result) => !result.unchanged)).toHaveLength(1);
    await expectGraphUnchanged(api.db, once);
  });

  it("creates sent with one idempotency key all get the first result, and write once", async () => {
    const answers = await all(
      `mutation ($input: CreateEntityInput!, $key: String) { createEntity(input: $input, idempotencyKey: $key) { id name version } }`,
      () => ({ input: { type: "Person", name: "Keyed Writer" }, key: "concurrent-0001-keyed-writer" }),
    );
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
    const [row] = await api.db.read<{ people: number; keys: number }>(
      `RETURN COUNT { (:Person {id: 'person/keyed-writer'}) } AS people,
              COUNT { (:IdempotencyKey {key: 'concurrent-0001-keyed-writer'}) } AS keys`,
    );
    expect(row).toEqual({ people: 1, keys: 1 });
  });
});
