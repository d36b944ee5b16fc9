// Maintainers' mutations: each creates, changes or deletes what it says, in one transaction; every
// bad input is BAD_USER_INPUT naming the field, and leaves the graph exactly as it was.
import { graphCounts, restoreSeed, type GraphCounts } from "../support/seeded";
import { errorCodes, startTestApi, TEST_API_KEY, type GraphQLResponse, type TestApi } from "../support/api";

const ARTICLE = "article/kyiv-independent-2025-01-24";
let api: TestApi;
let articleText: string;

beforeAll(async () => {
  api = await startTestApi();
  const [row] = await api.db.read<{ text: string }>("MATCH (a:Article {id: $id}) RETURN a.text AS text", {
    id: ARTICLE,
  });
  articleText = row.text;
});
afterAll(async () => {
  await restoreSeed(api.db);
  await api.close();
});

function evidenceOf(excerpt: string): { start: number; end: number; excerpt: string } {
  const start = articleText.indexOf(excerpt);
  if (start < 0) throw new Error(`not in the article: ${excerpt}`);
  return { start, end: start + excerpt.length, excerpt };
}

function mutate<T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return api.gql<T>(query, variables, { apiKey: TEST_API_KEY });
}

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await mutate<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe("maintainers' mutations", () => {
  it("create, update and delete an entity", async () => {
    const created = await ok<{ createEntity: { id: string; name: string; kind: string } }>(
      `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id name ... on Place { kind } } }`,
      { input: { type: "Place", name: "Myrnohrad", aliases: ["Dymytrov"], kind: "TOWN" } },
    );
    expect(created.createEntity).toEqual({ id: "place/myrnohrad", name: "Myrnohrad", kind: "TOWN" });
    const updated = await ok<{ updateEntity: { aliases: string[]; description: string } }>(
      `mutation { updateEntity(id: "place/myrnohrad", input: { aliases: ["Dymytrov", "Mirnograd"], description: "A town next to Pokrovsk." }) { aliases description } }`,
    );
    expect(updated.updateEntity).toEqual({
      aliases: ["Dymytrov", "Mirnograd"],
      description: "A town next to Pokrovsk.",
    });
    const resolved = await api.gql<{ resolveEntity: { entity: { id: string } }[] }>(
      `{ resolveEntity(name: "Mirnograd") { entity { id } } }`,
    );
    expect(resolved.data?.resolveEntity[0]?.entity.id).toBe("place/myrnohrad");
    expect(await ok(`mutation { deleteEntity(id: "place/myrnohrad") }`)).toEqual({ deleteEntity: true });
    expect((await api.gql(`{ entity(id: "place/myrnohrad") { id } }`)).data).toEqual({ entity: null });
  });

  it("create, update and delete a statement, with its evidence in the article", async () => {
    const evidence = evidenceOf("Ryazan lies roughly 500 kilometers (310 miles) north of Ukraine’s border.");
    const created = await ok<{
      createStatement: {
        id: string;
        speaker: { id: string };
        mentions: { id: string }[];
        evidence: { excerpt: string };
      };
    }>(
      `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id speaker { id } mentions { id } evidence { excerpt } } }`,
      {
        input: {
          id: "statement/kyiv-independent-2025-01-24/test-ryazan-distance",
          articleId: ARTICLE,
          speaker: "organization/kyiv-independent",
          kind: "REPORT",
          text: "Ryazan lies about 500 km north of Ukraine's border.",
          mentions: ["place/ryazan"],
          evidence,
        },
      },
    );
    expect(created.createStatement).toMatchObject({
      speaker: { id: "organization/kyiv-independent" },
      mentions: [{ id: "place/ryazan" }],
    });
    const updated = await ok<{
      updateStatement: { kind: string; mentions: { id: string }[]; speaker: { id: string } };
    }>(
      `mutation { updateStatement(id: "statement/kyiv-independent-2025-01-24/test-ryazan-distance",
        input: { kind: CLAIM, mentions: ["place/ryazan", "place/ukraine"] }) { kind mentions { id } speaker { id } } }`,
    );
    expect(updated.updateStatement.kind).toBe("CLAIM");
    expect(updated.updateStatement.mentions.map((m) => m.id).sort()).toEqual([
      "place/ryazan",
      "place/ukraine",
    ]);
    expect(updated.updateStatement.speaker.id).toBe("organization/kyiv-independent");
    expect(
      await ok(
        `mutation { deleteStatement(id: "statement/kyiv-independent-2025-01-24/test-ryazan-distance") }`,
      ),
    ).toEqual({
      deleteStatement: true,
    });
  });

  it("create, update and delete an article with its statements", async () => {
    const text = "Kyiv, 25 January. The mayor said the metro runs again.";
    await ok(`mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id } }`, {
      input: {
        id: "article/test-metro",
        title: "Metro",
        publisher: "organization/kyiv-independent",
        publishedOn: "2025-01-25",
        text,
      },
    });
    const start = text.indexOf("The mayor");
    await ok(`mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id } }`, {
      input: {
        id: "statement/test-metro/mayor",
        articleId: "article/test-metro",
        speaker: "organization/kyiv-independent",
        kind: "REPORT",
        text: "The metro runs again.",
        evidence: { start, end: text.length, excerpt: text.slice(start) },
      },
    });
    const updated = await ok<{ updateArticle: { title: string; publishedOn: string } }>(
      `mutation { updateArticle(id: "article/test-metro", input: { title: "Metro reopens", publishedOn: "2025-01-26" }) { title publishedOn } }`,
    );
    expect(updated.updateArticle).toEqual({ title: "Metro reopens", publishedOn: "2025-01-26" });
    expect(await ok(`mutation { deleteArticle(id: "article/test-metro") }`)).toEqual({ deleteArticle: true });
    expect((await api.gql(`{ statement(id: "statement/test-metro/mayor") { id } }`)).data).toEqual({
      statement: null,
    });
  });

  it.each([
    [
      "STRUCK",
      "organization/security-service-of-ukraine",
      "place/ryazan",
      { on: "2025-01-24", means: "drones" },
    ],
    ["LOCATED_IN", "place/pishchane", "place/donetsk-oblast", {}],
    ["MENTIONS", "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say", "place/russia", {}],
    ["HOLDS_ROLE", "person/heorhii-tykhyi", "organization/government-of-ukraine", { title: "official" }],
    ["MEMBER_OF", "person/andrii-kovalenko", "organization/government-of-ukraine", {}],
    ["SAID", "person/heorhii-tykhyi", "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say", {}],
  ])("links %s with provenance and unlinks it", async (type, from, to, extra) => {
    const evidence = { articleId: ARTICLE, ...evidenceOf("Ryazan lies roughly 500 kilometers") };
    const created = await ok<{ link: { id: string; type: string; evidence: { article: { id: string } } } }>(
      `mutation ($input: LinkInput!) { link(input: $input) { id type from to evidence { article { id } } } }`,
      { input: { type, from, to, evidence, ...extra } },
    );
    expect(created.link).toMatchObject({ type, evidence: { article: { id: ARTICLE } } });
    expect(await ok(`mutation ($id: ID!) { unlink(id: $id) }`, { id: created.link.id })).toEqual({
      unlink: true,
    });
    const again = await mutate(`mutation ($id: ID!) { unlink(id: $id) }`, { id: created.link.id });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("counts a strike once when its target lies in the place by two LOCATED_IN paths", async () => {
    type Strikes = { strikes: { totalCount: number; edges: { cursor: string }[] } };
    const inRussia = () =>
      ok<Strikes>(
        `{ strikes(filter: { place: "place/russia" }, first: 100) { totalCount edges { cursor } } }`,
      );
    const before = await inRussia();
    expect(before.strikes.edges.length).toBeGreaterThan(0);
    // The refinery is already in Russia through Ryazan; this adds a second, direct path.
    const shortcut = await ok<{ link: { id: string } }>(
      `mutation ($input: LinkInput!) { link(input: $input) { id } }`,
      {
        input: {
          type: "LOCATED_IN",
          from: "facility/ryazan-oil-refinery",
          to: "place/russia",
          evidence: { articleId: ARTICLE, ...evidenceOf("Ryazan lies roughly 500 kilometers") },
        },
      },
    );
    const after = await inRussia();
    await ok(`mutation ($id: ID!) { unlink(id: $id) }`, { id: shortcut.link.id });
    const cursors = after.strikes.edges.map((edge) => edge.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(after.strikes.totalCount).toBe(before.strikes.totalCount);
    expect(cursors).toEqual(before.strikes.edges.map((edge) => edge.cursor));
  });

  it("links a dispute between two statements", async () => {
    const created = await ok<{ link: { id: string } }>(
      `mutation ($input: LinkInput!) { link(input: $input) { id } }`,
      {
        input: {
          type: "DISPUTES",
          from: "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say",
          to: "statement/kyiv-independent-2025-01-24/grushko-bucharest-declaration-catastrophic",
          evidence: { articleId: ARTICLE, ...evidenceOf('"Moscow has no say here."') },
        },
      },
    );
    await ok(`mutation ($id: ID!) { unlink(id: $id) }`, { id: created.link.id });
  });
});

describe("a bad maintainer input", () => {
  let before: GraphCounts;
  beforeAll(async () => {
    before = await graphCounts(api.db);
  });
  afterEach(async () => {
    expect(await graphCounts(api.db)).toEqual(before);
  });

  async function expectRejected(
    query: string,
    variables: Record<string, unknown>,
    field: RegExp | string,
  ): Promise<void> {
    const response = await mutate(query, variables);
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    const extensions = response.errors![0].extensions!;
    const named = [
      extensions.field,
      ...((extensions.fields as { field: string }[] | undefined) ?? []).map((f) => f.field),
    ];
    expect(
      named.some((name) => (typeof field === "string" ? name === field : field.test(String(name)))),
    ).toBe(true);
  }

  const createEntity = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`;
  const createStatement = `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id } }`;
  const link = `mutation ($input: LinkInput!) { link(input: $input) { id } }`;
  const statementInput = () => ({
    articleId: ARTICLE,
    speaker: "person/heorhii-tykhyi",
    kind: "QUOTE",
    text: "Moscow has no say here.",
    evidence: evidenceOf('"Moscow has no say here."'),
  });
  const linkEvidence = () => ({ articleId: ARTICLE, ...evidenceOf("Ryazan lies roughly 500 kilometers") });

  it("is refused: an empty name", () =>
    expectRejected(createEntity, { input: { type: "Person", name: "" } }, "name"));

  it("is refused: an over-long name", () =>
    expectRejected(createEntity, { input: { type: "Person", name: "x".repeat(301) } }, "name"));

  it("is refused: a kind that does not fit the type", () =>
    expectRejected(createEntity, { input: { type: "Place", name: "Nowhere", kind: "MINISTRY" } }, "kind"));

  it("is refused: an id that already exists", () =>
    expectRejected(createEntity, { input: { type: "Person", name: "Volodymyr Zelensky" } }, "id"));

  it("is refused: an unknown speaker", () =>
    expectRejected(createStatement, { input: { ...statementInput(), speaker: "person/nobody" } }, "speaker"));

  it("is refused: an unknown article", () =>
    expectRejected(
      createStatement,
      { input: { ...statementInput(), articleId: "article/none" } },
      "articleId",
    ));

  it("is refused: offsets that do not match the article text", () =>
    expectRejected(
      createStatement,
      {
        input: {
          ...statementInput(),
          evidence: { ...statementInput().evidence, start: statementInput().evidence.start + 2 },
        },
      },
      "evidence",
    ));

  it("is refused: an end of the wrong kind (a statement LOCATED_IN a place)", () =>
    expectRejected(
      link,
      {
        input: {
          type: "LOCATED_IN",
          from: "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say",
          to: "place/ukraine",
          evidence: linkEvidence(),
        },
      },
      "from",
    ));

  it("is refused: a statement disputing itself", () =>
    expectRejected(
      link,
      {
        input: {
          type: "DISPUTES",
          from: "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say",
          to: "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say",
          evidence: linkEvidence(),
        },
      },
      "to",
    ));

  it("is refused: a LOCATED_IN cycle", () =>
    expectRejected(
      link,
      {
        input: { type: "LOCATED_IN", from: "place/ukraine", to: "place/pokrovsk", evidence: linkEvidence() },
      },
      "to",
    ));

  it("is refused: an unknown relationship end", () =>
    expectRejected(
      link,
      { input: { type: "STRUCK", from: "place/ukraine", to: "facility/nothing", evidence: linkEvidence() } },
      "to",
    ));

  it("is refused: a property the relationship type does not have", () =>
    expectRejected(
      link,
      {
        input: {
          type: "LOCATED_IN",
          from: "place/pishchane",
          to: "place/ukraine",
          means: "drones",
          evidence: linkEvidence(),
        },
      },
      "means",
    ));

  it("is refused: a malformed id and a bad enum", async () => {
    await expectRejected(createEntity, { input: { type: "Person", name: "A", id: "Not An Id" } }, "id");
    const response = await mutate(`mutation { createEntity(input: { type: Alien, name: "A" }) { id } }`);
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });

  it("is refused: deleting an entity that still speaks", () =>
    expectRejected(`mutation { deleteEntity(id: "person/heorhii-tykhyi") }`, {}, "id"));
});

describe("authentication", () => {
  it("refuses a mutation without an API key or with a wrong one, and writes nothing", async () => {
    const before = await graphCounts(api.db);
    const query = `mutation { createEntity(input: { type: Person, name: "Intruder" }) { id } }`;
    expect(errorCodes(await api.gql(query))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await api.gql(query, {}, { apiKey: "wrong-key-0123456789" }))).toEqual([
      "UNAUTHENTICATED",
    ]);
    expect(await graphCounts(api.db)).toEqual(before);
  });

  it("answers queries without a key", async () => {
    const response = await api.gql(`{ articles { id } }`);
    expect(response.errors).toBeUndefined();
  });
});
