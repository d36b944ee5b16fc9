// Utterances on articles written for these tests: three outlets quote a governor with different cuts
// on different days; grouping on ingest and on curation, the first appearance, why each statement was
// grouped, whoSaid's answer, splits and joins by maintainers, and idempotency (by graph digest).
import { graphql, type ExecutionResult } from "graphql";
import { createContext } from "../../src/graphql/context";
import { buildNewsgraphSchema } from "../../src/graphql/schema";
import { groupUngroupedStatements } from "../../src/store/utterances";
import { errorCodes, startTestApi, TEST_API_KEY, type GraphQLResponse, type TestApi } from "../support/api";
import { expectGraphIntact } from "../support/graph-check";
import { expectGraphUnchanged, graphDigest } from "../support/graph-digest";
import { restoreSeed } from "../support/seeded";

const KEY = { apiKey: TEST_API_KEY };

const FULL_CUT = `Governor promises new bridges
Ostrel Governor Milena Sarkova spoke at the city hall in Ostrel on Tuesday.
"We are going to rebuild every bridge in this province, and we are going to finish the work before the winter comes," Sarkova said.
"The ferry to Brask will stay closed until the ice melts," she added.
`;
const SHORT_CUT = `Sarkova pledges to rebuild bridges
"We are going to rebuild every bridge in this province," Ostrel Governor Milena Sarkova said on Monday.
`;
const ELIDED_CUT = `Bridges before winter, governor says
Ostrel Governor Milena Sarkova said on Tuesday: "We are going to rebuild every bridge in this province ... before the winter comes."
`;
const OTHER_SPEAKER = `Mayor repeats governor's pledge
"We are going to rebuild every bridge in this province," Brask Mayor Ilona Vesk said on Wednesday.
`;

const ARTICLES = {
  full: { text: FULL_CUT, publishedOn: "2025-03-05", publisher: "Ostrel Herald" },
  short: { text: SHORT_CUT, publishedOn: "2025-03-04", publisher: "Brask Courier" },
  elided: { text: ELIDED_CUT, publishedOn: "2025-03-06", publisher: "Velmar Times" },
  otherSpeaker: { text: OTHER_SPEAKER, publishedOn: "2025-03-07", publisher: "Brask Courier" },
};

const UTTERANCE_FIELDS = `id text reportCount outletCount speaker { id }
  firstReport { publishedOn outlet statement { id } }
  reports { publishedOn outlet method score decidedAt statement { id text } matched { id } article { id } }`;

interface Report {
  publishedOn: string;
  outlet: string;
  method: string;
  score: number | null;
  decidedAt: string | null;
  statement: { id: string; text: string };
  matched: { id: string } | null;
  article: { id: string };
}
interface Utterance {
  id: string;
  text: string;
  reportCount: number;
  outletCount: number;
  speaker: { id: string };
  firstReport: { publishedOn: string; outlet: string; statement: { id: string } };
  reports: Report[];
}

let api: TestApi;
const articleIds: Record<keyof typeof ARTICLES, string> = {
  full: "",
  short: "",
  elided: "",
  otherSpeaker: "",
};

async function ingest(name: keyof typeof ARTICLES): Promise<{ articleId: string; unchanged: boolean }> {
  const response = await api.gql<{ ingestArticle: { articleId: string; unchanged: boolean } }>(
    `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId unchanged } }`,
    { input: ARTICLES[name] },
    KEY,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.ingestArticle;
}

function mutate<T>(query: string, variables: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  return api.gql<T>(query, variables, KEY);
}

/** The statement of an article whose text holds `words`. */
async function statementWith(articleId: string, words: string): Promise<string> {
  const rows = await api.db.read<{ id: string }>(
    "MATCH (s:Statement {articleId: $articleId}) WHERE toLower(s.text) CONTAINS $words RETURN s.id AS id",
    { articleId, words: words.toLowerCase() },
  );
  expect(rows).toHaveLength(1);
  return rows[0].id;
}

async function utteranceOf(statementId: string): Promise<Utterance> {
  const response = await api.gql<{ statement: { utterance: Utterance } }>(
    `query ($id: ID!) { statement(id: $id) { utterance { ${UTTERANCE_FIELDS} } } }`,
    { id: statementId },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.statement.utterance;
}

const SPLIT = `mutation ($statement: ID!, $key: String) {
  splitStatement(statement: $statement, idempotencyKey: $key) { ${UTTERANCE_FIELDS} } }`;
const JOIN = `mutation ($keep: ID!, $merge: ID!, $key: String) {
  joinUtterances(keep: $keep, merge: $merge, idempotencyKey: $key) { ${UTTERANCE_FIELDS} } }`;

beforeAll(async () => {
  api = await startTestApi();
  await restoreSeed(api.db);
  // The seed loader does not group (cypher/seed.cypher, its Browser twin, cannot): the backfill does.
  await groupUngroupedStatements(api.db);
  // The later articles first: the first appearance is the earliest article, not the first ingested.
  for (const name of ["full", "elided", "short", "otherSpeaker"] as const) {
    articleIds[name] = (await ingest(name)).articleId;
  }
});
afterAll(async () => {
  await expectGraphIntact(api.db);
  await restoreSeed(api.db);
  await api.close();
});

describe("grouping on ingest", () => {
  it("puts three cuts of one quotation, from three outlets, in one utterance", async () => {
    const statement = await statementWith(articleIds.short, "rebuild every bridge");
    const utterance = await utteranceOf(statement);
    expect(utterance.reportCount).toBe(3);
    expect(utterance.outletCount).toBe(3);
    expect(new Set(utterance.reports.map((report) => report.article.id))).toEqual(
      new Set([articleIds.full, articleIds.elided, articleIds.short]),
    );
    expect(utterance.text).toMatch(/finish the work before the winter comes/);
  });

  it("gives the earliest article as the first appearance, and every report in date order", async () => {
    const statement = await statementWith(articleIds.full, "rebuild every bridge");
    const utterance = await utteranceOf(statement);
    expect(utterance.firstReport.outlet).toBe("Brask Courier");
    expect(utterance.firstReport.publishedOn).toBe("2025-03-04");
    expect(utterance.reports.map((report) => report.publishedOn)).toEqual([
      "2025-03-04",
      "2025-03-05",
      "2025-03-06",
    ]);
  });

  it("records why each statement joined: the method, the score and the statement it matched", async () => {
    const full = await statementWith(articleIds.full, "rebuild every bridge");
    const elided = await statementWith(articleIds.elided, "rebuild every bridge");
    const short = await statementWith(articleIds.short, "rebuild every bridge");
    const { reports } = await utteranceOf(full);
    const byStatement = new Map(reports.map((report) => [report.statement.id, report]));
    // Ingested first, the full cut founded the utterance; the others matched it.
    expect(byStatement.get(full)).toMatchObject({ method: "FIRST", score: null, matched: null });
    expect(byStatement.get(elided)).toMatchObject({ method: "SIMILAR", matched: { id: full } });
    expect(byStatement.get(elided)!.score).toBeGreaterThanOrEqual(0.8);
    expect(byStatement.get(short)).toMatchObject({ method: "FRAGMENT", score: 1 });
    expect([full, elided]).toContain(byStatement.get(short)!.matched!.id);
  });

  it("keeps apart another quotation of the same speaker, and the same words by another speaker", async () => {
    const bridges = await utteranceOf(await statementWith(articleIds.full, "rebuild every bridge"));
    const ferry = await utteranceOf(await statementWith(articleIds.full, "ferry to brask"));
    const mayor = await utteranceOf(await statementWith(articleIds.otherSpeaker, "rebuild every bridge"));
    expect(ferry.id).not.toBe(bridges.id);
    expect(ferry.reportCount).toBe(1);
    expect(mayor.id).not.toBe(bridges.id);
    expect(mayor.speaker.id).not.toBe(bridges.speaker.id);
    expect(mayor.reportCount).toBe(1);
  });

  it("changes nothing when an article is ingested again, or when the backfill runs", async () => {
    const before = await graphDigest(api.db);
    for (const name of ["short", "full"] as const) expect((await ingest(name)).unchanged).toBe(true);
    expect(await groupUngroupedStatements(api.db)).toEqual({ statements: 0, utterancesFounded: 0 });
    await expectGraphUnchanged(api.db, before);
  });
});

describe("whoSaid", () => {
  it("answers with the utterance: the speaker, the first appearance and how it spread", async () => {
    const response = await api.gql<{
      whoSaid: { statement: { id: string }; utterance: Utterance }[];
    }>(`query { whoSaid(quote: "rebuild every bridge in this province before the winter") {
      statement { id } utterance { ${UTTERANCE_FIELDS} } } }`);
    expect(response.errors).toBeUndefined();
    const [best] = response.data!.whoSaid;
    expect(best.utterance.reportCount).toBe(3);
    expect(best.utterance.firstReport.publishedOn).toBe("2025-03-04");
    expect(best.utterance.reports.map((report) => report.statement.id)).toContain(best.statement.id);
  });
});

describe("round trips", () => {
  const schema = buildNewsgraphSchema();
  const QUOTE = "rebuild every bridge in this province before the winter";

  /** Runs `source` with prefetching and without (field by field through the DataLoaders). */
  async function both(source: string): Promise<{ result: ExecutionResult; roundTrips: number }[]> {
    const runs = [];
    for (const prefetch of [true, false]) {
      const contextValue = createContext(api.db, false, prefetch);
      const result = await graphql({ schema, source, contextValue });
      expect(result.errors).toBeUndefined();
      runs.push({ result, roundTrips: contextValue.queryCounter.roundTrips });
    }
    return runs;
  }

  it("answers whoSaid's utterance, its speaker and its first report's article in whoSaid's own query", async () => {
    const source = `{ whoSaid(quote: "${QUOTE}") {
      utterance { speaker { name } firstReport { article { title } } } } }`;
    const response = await api.gql<{
      whoSaid: { utterance: { speaker: { name: string }; firstReport: { article: { title: string } } } }[];
    }>(source);
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.cypherRoundTrips).toBe(1);
    const [prefetched, fieldByField] = await both(source);
    expect(prefetched.result.data).toEqual(response.data);
    expect(fieldByField.result.data).toEqual(response.data);
    // Field by field, the utterance, its speaker and the article are three more queries: the check can fail.
    expect(prefetched.roundTrips).toBe(1);
    expect(fieldByField.roundTrips).toBeGreaterThanOrEqual(3);
    const [best] = response.data!.whoSaid;
    expect(best.utterance.firstReport.article.title).toBe("Sarkova pledges to rebuild bridges");
  });

  it.each([
    [
      "whoSaid",
      `{ whoSaid(quote: "${QUOTE}") { score statement { id utterance { id } } utterance { %s } } }`,
    ],
    ["statement", `{ statement(id: "%id") { text utterance { %s } } }`],
    ["statements", `{ statements(first: 100) { edges { node { id utterance { %s } } } } }`],
  ])(
    "answers every field of an utterance below %s in one round trip, as field by field",
    async (_root, template) => {
      const statement = await statementWith(articleIds.full, "rebuild every bridge");
      const fields = `${UTTERANCE_FIELDS}
        speaker { name } firstReport { article { title publishedOn } }
        reports { statement { speaker { name } mentions { name } utterance { reportCount } } }`;
      const source = template.replace("%s", fields).replace("%id", statement);
      const [prefetched, fieldByField] = await both(source);
      expect(JSON.stringify(prefetched.result.data)).toContain('"reportCount":3');
      expect(prefetched.result.data).toEqual(fieldByField.result.data);
      expect(prefetched.roundTrips).toBe(1);
      expect(fieldByField.roundTrips).toBeGreaterThan(1);
    },
  );
});

describe("grouping on curation", () => {
  it("puts a statement a maintainer creates with the same words in the utterance, and takes it out when its text changes", async () => {
    const short = await statementWith(articleIds.short, "rebuild every bridge");
    const speaker = (await utteranceOf(short)).speaker.id;
    const excerpt = "rebuild every bridge in this province";
    const start = FULL_CUT.indexOf(excerpt);
    const created = await mutate<{ createStatement: { id: string } }>(
      `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id } }`,
      {
        input: {
          id: "statement/curated-bridge-cut",
          articleId: articleIds.full,
          speaker,
          kind: "QUOTE",
          text: "rebuild every bridge in this province",
          evidence: { start, end: start + excerpt.length, excerpt },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const joined = await utteranceOf("statement/curated-bridge-cut");
    expect(joined.reportCount).toBe(4);
    expect(joined.reports.find((r) => r.statement.id === "statement/curated-bridge-cut")?.method).toBe(
      "FRAGMENT",
    );

    const updated = await mutate(
      `mutation { updateStatement(id: "statement/curated-bridge-cut", input: { text: "A new bridge at Ostrel will open in May next year" }) { id } }`,
      {},
    );
    expect(updated.errors).toBeUndefined();
    const alone = await utteranceOf("statement/curated-bridge-cut");
    expect(alone.reportCount).toBe(1);
    expect((await utteranceOf(short)).reportCount).toBe(3);

    const deleted = await mutate(`mutation { deleteStatement(id: "statement/curated-bridge-cut") }`, {});
    expect(deleted.errors).toBeUndefined();
    const [left] = await api.db.read<{ count: number }>(
      "MATCH (u:Utterance {id: $id}) RETURN count(u) AS count",
      { id: alone.id },
    );
    expect(left.count).toBe(0);
  });
});

describe("a maintainer", () => {
  it("splits a statement out, and the next ingestion that matches it does not put it back", async () => {
    const elided = await statementWith(articleIds.elided, "rebuild every bridge");
    const split = await mutate<{ splitStatement: Utterance }>(SPLIT, { statement: elided });
    expect(split.errors).toBeUndefined();
    expect(split.data!.splitStatement.reportCount).toBe(1);
    expect(split.data!.splitStatement.reports[0]).toMatchObject({ method: "SPLIT" });
    expect(split.data!.splitStatement.reports[0].decidedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const [logged] = await api.db.read<{ count: number }>(
      "MATCH (c:Change {kind: 'UTTERANCE_SPLIT', subjectId: $id}) RETURN count(c) AS count",
      { id: elided },
    );
    expect(logged.count).toBe(1);
    expect(
      (await utteranceOf(await statementWith(articleIds.full, "rebuild every bridge"))).reportCount,
    ).toBe(2);

    const again = `Governor repeats her pledge
Ostrel Governor Milena Sarkova said on Thursday: "We are going to rebuild every bridge in this province ... before the winter comes."
`;
    const { articleId } = (
      await api.gql<{ ingestArticle: { articleId: string } }>(
        `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }`,
        { input: { text: again, publishedOn: "2025-03-08", publisher: "Velmar Times" } },
        KEY,
      )
    ).data!.ingestArticle;
    const repeated = await utteranceOf(await statementWith(articleId, "rebuild every bridge"));
    const stillSplit = await utteranceOf(elided);
    expect(stillSplit.reports.find((r) => r.statement.id === elided)?.method).toBe("SPLIT");
    // The new report matched the split statement best (the same elision), so it joined it there.
    expect(repeated.id).toBe(stillSplit.id);
    const deleted = await mutate(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: articleId });
    expect(deleted.errors).toBeUndefined();
  });

  it("joins two utterances of one speaker, once per idempotency key", async () => {
    const elided = await statementWith(articleIds.elided, "rebuild every bridge");
    const keep = (await utteranceOf(await statementWith(articleIds.full, "rebuild every bridge"))).id;
    const merge = (await utteranceOf(elided)).id;
    const joined = await mutate<{ joinUtterances: Utterance }>(JOIN, { keep, merge, key: "join-bridges-1" });
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.joinUtterances.id).toBe(keep);
    expect(joined.data!.joinUtterances.reportCount).toBe(3);
    expect(joined.data!.joinUtterances.reports.find((r) => r.statement.id === elided)?.method).toBe("JOINED");
    const [logged] = await api.db.read<{ count: number }>(
      "MATCH (c:Change {kind: 'UTTERANCES_JOINED', subjectId: $id}) RETURN count(c) AS count",
      { id: keep },
    );
    expect(logged.count).toBe(1);

    const before = await graphDigest(api.db);
    const repeated = await mutate<{ joinUtterances: Utterance }>(JOIN, {
      keep,
      merge,
      key: "join-bridges-1",
    });
    expect(repeated.errors).toBeUndefined();
    expect(repeated.data!.joinUtterances.id).toBe(keep);
    await expectGraphUnchanged(api.db, before);
  });

  it.each([
    ["an unknown utterance to keep", { keep: "utterance/nothing-here", merge: "" }, "keep"],
    ["an unknown utterance to merge", { keep: "", merge: "utterance/nothing-here" }, "merge"],
    ["the same utterance twice", { keep: "", merge: "" }, "merge"],
  ])("refuses a join of %s, naming the field and writing nothing", async (_case, ids, field) => {
    const bridges = (await utteranceOf(await statementWith(articleIds.full, "rebuild every bridge"))).id;
    const variables = { keep: ids.keep || bridges, merge: ids.merge || bridges };
    const before = await graphDigest(api.db);
    const response = await mutate(JOIN, variables);
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.field).toBe(field);
    await expectGraphUnchanged(api.db, before);
  });

  it("refuses to join the utterances of two speakers", async () => {
    const keep = (await utteranceOf(await statementWith(articleIds.full, "rebuild every bridge"))).id;
    const merge = (await utteranceOf(await statementWith(articleIds.otherSpeaker, "rebuild every bridge")))
      .id;
    const before = await graphDigest(api.db);
    const response = await mutate(JOIN, { keep, merge });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.field).toBe("merge");
    expect(response.errors![0].message).toMatch(/one speaker/);
    await expectGraphUnchanged(api.db, before);
  });

  it("refuses to split an unknown statement, and anyone without an API key", async () => {
    const before = await graphDigest(api.db);
    const unknown = await mutate(SPLIT, { statement: "statement/nothing-here" });
    expect(errorCodes(unknown)).toEqual(["BAD_USER_INPUT"]);
    expect(unknown.errors![0].extensions!.field).toBe("statement");
    const anonymous = await api.gql(SPLIT, {
      statement: await statementWith(articleIds.full, "rebuild every bridge"),
    });
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    await expectGraphUnchanged(api.db, before);
  });
});

describe("deleting the first report", () => {
  it("makes the next earliest article the first appearance", async () => {
    const full = await statementWith(articleIds.full, "rebuild every bridge");
    const response = await mutate(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: articleIds.short });
    expect(response.errors).toBeUndefined();
    const utterance = await utteranceOf(full);
    expect(utterance.firstReport.publishedOn).toBe("2025-03-05");
    expect(utterance.reportCount).toBe(2);
  });
});
