// Maintainers' mutations: each creates, changes or deletes what it says, in one transaction; every
// bad input is an error naming the field (BAD_USER_INPUT, ALREADY_EXISTS, CONFLICT), and leaves the
// graph exactly as it was — checked by a digest of every node and relationship, not by counts.
import { ingestArticle } from "../../src/store/ingestion";
import { errorCodes, startTestApi, TEST_API_KEY, type GraphQLResponse, type TestApi } from "../support/api";
import { expectGraphIntact } from "../support/graph-check";
import { expectGraphUnchanged, graphDigest } from "../support/graph-digest";
import { restoreSeed } from "../support/seeded";

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
  await expectGraphIntact(api.db);
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
    [
      "DISPUTES",
      "statement/kyiv-independent-2025-01-24/grushko-bucharest-declaration-catastrophic",
      "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say",
      {},
    ],
    [
      "VIA",
      "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say",
      "organization/kyiv-independent",
      {},
    ],
  ])("links %s from its from to its to, with provenance, and unlinks it", async (type, from, to, extra) => {
    const before = await graphDigest(api.db);
    const evidence = { articleId: ARTICLE, ...evidenceOf("Ryazan lies roughly 500 kilometers") };
    const created = await ok<{
      link: { id: string; type: string; from: string; to: string; evidence: { article: { id: string } } };
    }>(
      `mutation ($input: LinkInput!) { link(input: $input) { id type from to evidence { article { id } } } }`,
      { input: { type, from, to, evidence, ...extra } },
    );
    expect(created.link).toMatchObject({ type, evidence: { article: { id: ARTICLE } } });
    expect(created.link).toMatchObject({ from, to });
    // The relationship runs from `from` to `to` in the graph, and nothing with this evidence runs back.
    const directions = await api.db.read<{ forward: number; backward: number }>(
      `MATCH (from {id: $from}), (to {id: $to})
       RETURN COUNT { (from)-[r {id: $id}]->(to) WHERE type(r) = $type } AS forward,
              COUNT { (to)-[r]->(from) WHERE type(r) = $type AND r.evidenceStart = $start } AS backward`,
      { from, to, id: created.link.id, type, start: evidence.start },
    );
    expect(directions).toEqual([{ forward: 1, backward: 0 }]);
    expect(await ok(`mutation ($id: ID!) { unlink(id: $id) }`, { id: created.link.id })).toEqual({
      unlink: true,
    });
    await expectGraphUnchanged(api.db, before);
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
});

const createEntity = `mutation ($input: CreateEntityInput!, $key: String) { createEntity(input: $input, idempotencyKey: $key) { id name version } }`;
const createStatement = `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id } }`;
const createArticle = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id } }`;
const link = `mutation ($input: LinkInput!) { link(input: $input) { id } }`;
const updateEntity = `mutation ($id: ID!, $input: UpdateEntityInput!, $version: Int) {
  updateEntity(id: $id, input: $input, expectedVersion: $version) { id version } }`;
const updateStatement = `mutation ($id: ID!, $input: UpdateStatementInput!, $version: Int) {
  updateStatement(id: $id, input: $input, expectedVersion: $version) { id version } }`;
const updateArticle = `mutation ($id: ID!, $input: UpdateArticleInput!, $version: Int) {
  updateArticle(id: $id, input: $input, expectedVersion: $version) { id version } }`;
const correctExtraction = `mutation ($id: ID!, $input: CorrectionInput!, $version: Int) {
  correctExtraction(id: $id, input: $input, expectedVersion: $version) { id } }`;
const TYKHYI = "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say";

const statementInput = () => ({
  articleId: ARTICLE,
  speaker: "person/heorhii-tykhyi",
  kind: "QUOTE",
  text: "Moscow has no say here.",
  evidence: evidenceOf('"Moscow has no say here."'),
});
const linkEvidence = () => ({ articleId: ARTICLE, ...evidenceOf("Ryazan lies roughly 500 kilometers") });

/** Sends a mutation that must be refused with `code` naming `field`, and leave the graph as it was. */
async function expectRefused(
  query: string,
  variables: Record<string, unknown>,
  field: RegExp | string,
  code = "BAD_USER_INPUT",
): Promise<GraphQLResponse> {
  const before = await graphDigest(api.db);
  const response = await mutate(query, variables);
  expect(errorCodes(response)).toEqual([code]);
  const extensions = response.errors![0].extensions!;
  const named = [
    extensions.field,
    ...((extensions.fields as { field: string }[] | undefined) ?? []).map((f) => f.field),
  ];
  expect(named.some((name) => (typeof field === "string" ? name === field : field.test(String(name))))).toBe(
    true,
  );
  await expectGraphUnchanged(api.db, before);
  return response;
}

describe("a bad maintainer input", () => {
  /** An extraction to correct: ingested once for these tests. */
  let extracted: { statement: string; entity: string };
  beforeAll(async () => {
    const text = `Harbor reopens in Ostrel
The harbor of Ostrel reopened on Monday, port director Lena Marsk said on March 5.
"Ships are coming back," Marsk said.
`;
    const { summary } = await ingestArticle(api.db, api.extractor, text, {
      publishedOn: "2025-03-05",
      publisher: "Ostrel Herald",
    });
    const [row] = await api.db.read<{ statement: string; entity: string }>(
      `MATCH (entity:Entity {origin: 'extracted'})-[:SAID]->(statement:Statement {articleId: $articleId, origin: 'extracted'})
       RETURN statement.id AS statement, entity.id AS entity LIMIT 1`,
      { articleId: summary.articleId },
    );
    extracted = row;
  });

  describe("to createEntity", () => {
    it("is refused: an empty name", () =>
      expectRefused(createEntity, { input: { type: "Person", name: "" } }, "name"));

    it("is refused: an over-long name", () =>
      expectRefused(createEntity, { input: { type: "Person", name: "x".repeat(301) } }, "name"));

    it("is refused: a kind that does not fit the type", () =>
      expectRefused(createEntity, { input: { type: "Place", name: "Nowhere", kind: "MINISTRY" } }, "kind"));

    it("is refused with ALREADY_EXISTS naming the id: an id that exists", async () => {
      const response = await expectRefused(
        createEntity,
        { input: { type: "Person", name: "Volodymyr Zelensky" } },
        "id",
        "ALREADY_EXISTS",
      );
      expect(response.errors![0].message).toContain("person/volodymyr-zelensky already exists");
    });

    it("is refused: a malformed id and a bad enum", async () => {
      await expectRefused(createEntity, { input: { type: "Person", name: "A", id: "Not An Id" } }, "id");
      const before = await graphDigest(api.db);
      const response = await mutate(`mutation { createEntity(input: { type: Alien, name: "A" }) { id } }`);
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      await expectGraphUnchanged(api.db, before);
    });

    it("is refused: a malformed idempotency key", () =>
      expectRefused(
        createEntity,
        { input: { type: "Person", name: "Keyed Person" }, key: "short" },
        "idempotencyKey",
      ));
  });

  describe("to createStatement, createArticle and link", () => {
    it("is refused: an unknown speaker", () =>
      expectRefused(
        createStatement,
        { input: { ...statementInput(), speaker: "person/nobody" } },
        "speaker",
      ));

    it("is refused: an unknown article", () =>
      expectRefused(
        createStatement,
        { input: { ...statementInput(), articleId: "article/none" } },
        "articleId",
      ));

    it("is refused: offsets that do not match the article text", () =>
      expectRefused(
        createStatement,
        {
          input: {
            ...statementInput(),
            evidence: { ...statementInput().evidence, start: statementInput().evidence.start + 2 },
          },
        },
        "evidence",
      ));

    it("is refused with ALREADY_EXISTS: a statement id that exists", () =>
      expectRefused(createStatement, { input: { ...statementInput(), id: TYKHYI } }, "id", "ALREADY_EXISTS"));

    it("is refused with ALREADY_EXISTS: an article id that exists", () =>
      expectRefused(
        createArticle,
        {
          input: {
            id: ARTICLE,
            title: "Again",
            publisher: "organization/kyiv-independent",
            publishedOn: "2025-01-24",
            text: "The mayor spoke.",
          },
        },
        "id",
        "ALREADY_EXISTS",
      ));

    it("is refused: an article text that is not prose", () =>
      expectRefused(
        createArticle,
        {
          input: {
            title: "Junk",
            publisher: "organization/kyiv-independent",
            publishedOn: "2025-01-24",
            text: "\u0000".repeat(50),
          },
        },
        "text",
      ));

    it("is refused: an end of the wrong kind (a statement LOCATED_IN a place)", () =>
      expectRefused(
        link,
        { input: { type: "LOCATED_IN", from: TYKHYI, to: "place/ukraine", evidence: linkEvidence() } },
        "from",
      ));

    it("is refused: a statement disputing itself", () =>
      expectRefused(
        link,
        { input: { type: "DISPUTES", from: TYKHYI, to: TYKHYI, evidence: linkEvidence() } },
        "to",
      ));

    it("is refused: a LOCATED_IN cycle", () =>
      expectRefused(
        link,
        {
          input: {
            type: "LOCATED_IN",
            from: "place/ukraine",
            to: "place/pokrovsk",
            evidence: linkEvidence(),
          },
        },
        "to",
      ));

    it("is refused: an unknown relationship end", () =>
      expectRefused(
        link,
        {
          input: { type: "STRUCK", from: "place/ukraine", to: "facility/nothing", evidence: linkEvidence() },
        },
        "to",
      ));

    it("is refused: a property the relationship type does not have", () =>
      expectRefused(
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

    it("is refused: a second speaker for a statement (SAID), and unlinking its speaker", async () => {
      await expectRefused(
        link,
        { input: { type: "SAID", from: "person/volodymyr-zelensky", to: TYKHYI, evidence: linkEvidence() } },
        "type",
      );
      const [said] = await api.db.read<{ id: string }>(
        "MATCH (:Entity)-[said:SAID]->(:Statement {id: $id}) RETURN said.id AS id",
        { id: TYKHYI },
      );
      await expectRefused(`mutation ($id: ID!) { unlink(id: $id) }`, { id: said.id }, "id");
    });

    it("is refused with ALREADY_EXISTS naming the id: a link that exists", async () => {
      const input = {
        type: "LOCATED_IN",
        from: "place/pishchane",
        to: "place/donetsk-oblast",
        evidence: linkEvidence(),
      };
      const created = await ok<{ link: { id: string } }>(link, { input });
      const response = await expectRefused(link, { input }, "id", "ALREADY_EXISTS");
      expect(response.errors![0].message).toContain(created.link.id);
      await ok(`mutation ($id: ID!) { unlink(id: $id) }`, { id: created.link.id });
    });
  });

  describe("to update*, delete* and correctExtraction", () => {
    it.each([
      ["updateEntity: an unknown id", updateEntity, { id: "person/nobody", input: { name: "N" } }, "id"],
      [
        "updateEntity: a kind that does not fit the type",
        updateEntity,
        { id: "place/pokrovsk", input: { kind: "MINISTRY" } },
        "kind",
      ],
      [
        "updateEntity: an unknown country",
        updateEntity,
        { id: "organization/kyiv-independent", input: { country: "place/atlantis" } },
        "country",
      ],
      ["updateEntity: an empty name", updateEntity, { id: "place/pokrovsk", input: { name: "" } }, "name"],
      [
        "updateStatement: an unknown id",
        updateStatement,
        { id: "statement/none", input: { kind: "CLAIM" } },
        "id",
      ],
      [
        "updateStatement: an unknown speaker",
        updateStatement,
        { id: TYKHYI, input: { speaker: "person/nobody" } },
        "speaker",
      ],
      [
        "updateStatement: a mention of nothing",
        updateStatement,
        { id: TYKHYI, input: { mentions: ["place/ukraine", "place/atlantis"] } },
        "mentions[1]",
      ],
      [
        "updateStatement: evidence that does not match",
        updateStatement,
        { id: TYKHYI, input: { evidence: { start: 0, end: 5, excerpt: "Moscow" } } },
        "evidence",
      ],
      ["updateArticle: an unknown id", updateArticle, { id: "article/none", input: { title: "T" } }, "id"],
      [
        "updateArticle: an unknown publisher",
        updateArticle,
        { id: ARTICLE, input: { publisher: "organization/nobody" } },
        "publisher",
      ],
      ["updateArticle: an empty title", updateArticle, { id: ARTICLE, input: { title: "" } }, "title"],
      ["deleteEntity: an unknown id", `mutation { deleteEntity(id: "person/nobody") }`, {}, "id"],
      [
        "deleteEntity: an entity that still speaks",
        `mutation { deleteEntity(id: "person/heorhii-tykhyi") }`,
        {},
        "id",
      ],
      ["deleteStatement: an unknown id", `mutation { deleteStatement(id: "statement/none") }`, {}, "id"],
      ["deleteArticle: an unknown id", `mutation { deleteArticle(id: "article/none") }`, {}, "id"],
      ["unlink: an id that is no link", `mutation { unlink(id: "nothing") }`, {}, "id"],
      [
        "correctExtraction: an unknown id",
        correctExtraction,
        { id: "statement/none", input: { kind: "QUOTE" } },
        "id",
      ],
      [
        "correctExtraction: a curated statement",
        correctExtraction,
        { id: TYKHYI, input: { kind: "CLAIM" } },
        "id",
      ],
      [
        "correctExtraction: a relationship",
        correctExtraction,
        { id: "SAID:person/x->statement/y@article/z:1-2", input: { kind: "CLAIM" } },
        "id",
      ],
    ])("is refused: %s", (_what, query, variables, field) => expectRefused(query, variables, field));

    it("is refused: a correction of an extraction with a field of the other kind, or none", async () => {
      await expectRefused(correctExtraction, { id: extracted.statement, input: { name: "A name" } }, "name");
      await expectRefused(correctExtraction, { id: extracted.entity, input: { kind: "QUOTE" } }, "kind");
      await expectRefused(correctExtraction, { id: extracted.entity, input: {} }, "input");
      await expectRefused(
        correctExtraction,
        { id: extracted.statement, input: { speaker: "person/nobody" } },
        "speaker",
      );
    });

    it("is refused: rejecting a statement's speaker (SAID) instead of the statement", async () => {
      const [said] = await api.db.read<{ id: string }>(
        "MATCH (:Entity)-[said:SAID]->(:Statement {id: $id}) RETURN said.id AS id",
        { id: extracted.statement },
      );
      await expectRefused(`mutation ($id: ID!) { rejectExtraction(id: $id) }`, { id: said.id }, "id");
    });

    it.each([
      ["updateEntity", updateEntity, "place/pokrovsk", { description: "changed" }],
      ["updateStatement", updateStatement, TYKHYI, { kind: "CLAIM" }],
      ["updateArticle", updateArticle, ARTICLE, { title: "Changed" }],
    ])(
      "is refused with CONFLICT: %s of a version other than the stored one",
      async (_what, query, id, input) => {
        const response = await expectRefused(
          query,
          { id, input, version: 999 },
          "expectedVersion",
          "CONFLICT",
        );
        expect(response.errors![0].message).toContain(`${id} is at version 1, not 999`);
      },
    );

    it("is refused with CONFLICT: correctExtraction of a version other than the stored one", () =>
      expectRefused(
        correctExtraction,
        { id: extracted.statement, input: { kind: "QUOTE" }, version: 7 },
        "expectedVersion",
        "CONFLICT",
      ));
  });
});

describe("versions and concurrent updates", () => {
  it("counts an entity's changes, and takes an update that names the current version", async () => {
    const created = await ok<{ createEntity: { version: number } }>(createEntity, {
      input: { type: "Place", name: "Versioned Village", kind: "VILLAGE" },
    });
    expect(created.createEntity.version).toBe(1);
    const updated = await ok<{ updateEntity: { version: number } }>(updateEntity, {
      id: "place/versioned-village",
      input: { description: "First." },
      version: 1,
    });
    expect(updated.updateEntity.version).toBe(2);
    const same = await ok<{ updateEntity: { version: number } }>(updateEntity, {
      id: "place/versioned-village",
      input: { description: "First." },
    });
    expect(same.updateEntity.version).toBe(2);
    await expectRefused(
      updateEntity,
      { id: "place/versioned-village", input: { description: "Stale." }, version: 1 },
      "expectedVersion",
      "CONFLICT",
    );
    await ok(`mutation { deleteEntity(id: "place/versioned-village") }`);
  });

  it("lets one of two updates of the same version through and refuses the other with CONFLICT", async () => {
    await ok(createEntity, { input: { type: "Place", name: "Contested Village" } });
    const answers = await Promise.all(
      ["A", "B"].map((name) =>
        mutate(updateEntity, { id: "place/contested-village", input: { description: name }, version: 1 }),
      ),
    );
    expect(answers.map((answer) => errorCodes(answer)[0] ?? "ok").sort()).toEqual(["CONFLICT", "ok"]);
    await ok(`mutation { deleteEntity(id: "place/contested-village") }`);
  });

  it("keeps both of two concurrent updates of different fields", async () => {
    await ok(createEntity, { input: { type: "Place", name: "Busy Village" } });
    await Promise.all([
      ok(updateEntity, { id: "place/busy-village", input: { description: "Described." } }),
      ok(updateEntity, { id: "place/busy-village", input: { aliases: ["Busy"] } }),
    ]);
    const [row] = await api.db.read<{ description: string; aliases: string[]; version: number }>(
      "MATCH (e:Entity {id: 'place/busy-village'}) RETURN e.description AS description, e.aliases AS aliases, e.version AS version",
    );
    expect(row).toEqual({ description: "Described.", aliases: ["Busy"], version: 3 });
    await ok(`mutation { deleteEntity(id: "place/busy-village") }`);
  });
});

describe("idempotency keys", () => {
  it("answers a retried create with the first result, and writes it once", async () => {
    const variables = { input: { type: "Person", name: "Retried Person" }, key: "retry-0001-create-person" };
    const first = await ok<{ createEntity: { id: string; name: string; version: number } }>(
      createEntity,
      variables,
    );
    const before = await graphDigest(api.db);
    const again = await ok<{ createEntity: { id: string; name: string; version: number } }>(
      createEntity,
      variables,
    );
    expect(again).toEqual(first);
    await expectGraphUnchanged(api.db, before);
    // Without the key, the same create is refused: the id is taken.
    await expectRefused(createEntity, { input: variables.input }, "id", "ALREADY_EXISTS");
  });

  it("answers a retried delete with the first result rather than 'not found'", async () => {
    await ok(createEntity, { input: { type: "Person", name: "Deleted Once" } });
    const del = `mutation ($key: String) { deleteEntity(id: "person/deleted-once", idempotencyKey: $key) }`;
    expect(await ok(del, { key: "retry-0002-delete-person" })).toEqual({ deleteEntity: true });
    const before = await graphDigest(api.db);
    expect(await ok(del, { key: "retry-0002-delete-person" })).toEqual({ deleteEntity: true });
    await expectGraphUnchanged(api.db, before);
  });

  it("refuses a key used before for another request, and writes nothing", async () => {
    await ok(createEntity, { input: { type: "Person", name: "Keyed Once" }, key: "retry-0003-one-key" });
    await expectRefused(
      createEntity,
      { input: { type: "Person", name: "Keyed Twice" }, key: "retry-0003-one-key" },
      "idempotencyKey",
    );
  });

  it("remembers no failure: a refused request with a key may be sent again once fixed", async () => {
    const key = "retry-0004-after-failure";
    await expectRefused(
      createEntity,
      { input: { type: "Place", name: "Fixed", kind: "MINISTRY" }, key },
      "kind",
    );
    await expectRefused(
      createEntity,
      { input: { type: "Place", name: "Fixed", kind: "MINISTRY" }, key },
      "kind",
    );
  });
});

describe("authentication", () => {
  it("refuses a mutation without an API key or with a wrong one, and writes nothing", async () => {
    const before = await graphDigest(api.db);
    const query = `mutation { createEntity(input: { type: Person, name: "Intruder" }) { id } }`;
    expect(errorCodes(await api.gql(query))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await api.gql(query, {}, { apiKey: "wrong-key-0123456789" }))).toEqual([
      "UNAUTHENTICATED",
    ]);
    await expectGraphUnchanged(api.db, before);
  });

  it("answers queries without a key", async () => {
    const response = await api.gql(`{ articles { id } }`);
    expect(response.errors).toBeUndefined();
  });
});
