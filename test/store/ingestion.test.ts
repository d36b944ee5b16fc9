// Ingesting articles into the real Neo4j: offsets, linking to known entities, idempotency (by digest of
// the whole graph, never by counts), re-reading after the extractor changed, dry runs, the review
// flow, junk refused, and curated data left untouched.
import { readFileSync } from "node:fs";
import path from "node:path";
import { EXTRACTOR_VERSION } from "../../src/ingest/marks";
import { MAX_ARTICLE_CHARACTERS } from "../../src/ingest/text-admission";
import { SEED_DIR } from "../../src/paths";
import { ingestArticle } from "../../src/store/ingestion";
import { errorCodes, startTestApi, TEST_API_KEY, type GraphQLResponse, type TestApi } from "../support/api";
import { expectGraphIntact } from "../support/graph-check";
import { expectGraphUnchanged, graphDigest } from "../support/graph-digest";
import { restoreSeed } from "../support/seeded";

const ARTICLE = `Coastal Guard repels night attack on Ostrel port
Drones attacked the Velmar Fuel Terminal in the city of Ostrel overnight on March 3, Ostrel Governor Milena Sarkova said.
"Our air defenses shot down most of them. The fire is under control," Sarkova said. "Nobody was hurt."
A source in the Coastal Guard told the Ostrel Herald that the terminal had suspended operations.
President Volodymyr Zelensky said on March 2 that Ukraine would keep supporting the port, calling the attack "a cowardly act."
He added that "help is on the way."
`;
const META = { publishedOn: "2025-03-03", publisher: "Ostrel Herald" };

const OTHER_ARTICLE = `Ferry line to Brask resumes
The ferry line between Ostrel and Brask will resume on Monday, harbor master Ilona Vesk said on March 4.
"The channel is clear again," Vesk told reporters. The Brask City Council said it welcomed the decision.
`;

const KEY = { apiKey: TEST_API_KEY };
const INGEST = `mutation ($input: IngestArticleInput!, $dryRun: Boolean, $key: String) {
  ingestArticle(input: $input, dryRun: $dryRun, idempotencyKey: $key) {
    articleId statements entitiesNew entitiesLinked strikes relationships needsReview rejectedBefore dryRun unchanged
    article { id }
  }
}`;

interface IngestAnswer {
  ingestArticle: {
    articleId: string;
    statements: number;
    needsReview: number;
    rejectedBefore: number;
    unchanged: boolean;
    article: { id: string } | null;
  };
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await expectGraphIntact(api.db);
  await restoreSeed(api.db);
  await api.close();
});

function ingest(
  text: string,
  extra: Record<string, unknown> = {},
  input: Record<string, unknown> = META,
): Promise<GraphQLResponse<IngestAnswer>> {
  return api.gql<IngestAnswer>(INGEST, { input: { text, ...input }, ...extra }, KEY);
}

async function statementsOf(articleId: string) {
  return api.db.read<{ id: string; needsReview: boolean; origin: string; text: string; speaker: string }>(
    `MATCH (speaker:Entity)-[:SAID]->(s:Statement {articleId: $articleId})
     RETURN s.id AS id, s.needsReview AS needsReview, s.origin AS origin, s.text AS text, speaker.id AS speaker
     ORDER BY id`,
    { articleId },
  );
}

describe("ingesting an article", () => {
  beforeAll(() => restoreSeed(api.db));

  it("writes nothing on a dry run", async () => {
    const before = await graphDigest(api.db);
    const { summary, extraction } = await ingestArticle(api.db, api.extractor, ARTICLE, META, {
      dryRun: true,
    });
    expect(summary).toMatchObject({ dryRun: true, unchanged: false });
    expect(extraction!.statements.length).toBeGreaterThan(2);
    await expectGraphUnchanged(api.db, before);
  });

  it("stores statements whose evidence offsets slice the stored text, marked as extracted", async () => {
    const { summary } = await ingestArticle(api.db, api.extractor, ARTICLE, META);
    expect(summary.unchanged).toBe(false);
    expect(summary.statements).toBeGreaterThan(2);
    const rows = await api.db.read<{
      start: number;
      end: number;
      excerpt: string;
      text: string;
      origin: string;
      version: string;
    }>(
      `MATCH (s:Statement)-[:REPORTED_IN]->(a:Article {id: $id})
       RETURN s.evidenceStart AS start, s.evidenceEnd AS end, s.excerpt AS excerpt, a.text AS text,
              s.origin AS origin, s.extractorVersion AS version`,
      { id: summary.articleId },
    );
    expect(rows.length).toBe(summary.statements);
    for (const row of rows) {
      expect(row.text.slice(row.start, row.end)).toBe(row.excerpt);
      expect(row.origin).toBe("extracted");
      expect(row.version).toBe(EXTRACTOR_VERSION);
    }
    expect(rows[0].text).toBe(ARTICLE);
  });

  it("links names to the entities the graph already knows", async () => {
    const { summary } = await ingestArticle(api.db, api.extractor, ARTICLE, META, { dryRun: true });
    const speakers = (await statementsOf(summary.articleId)).map((s) => s.speaker);
    expect(speakers).toContain("person/volodymyr-zelensky");
    expect(speakers).toContain("person/milena-sarkova");
    const [zelensky] = await api.db.read<{ origin: string; name: string }>(
      `MATCH (p:Person {id: 'person/volodymyr-zelensky'}) RETURN p.origin AS origin, p.name AS name`,
    );
    expect(zelensky).toEqual({ origin: "curated", name: "Volodymyr Zelensky" });
  });

  it("changes nothing when the same text is ingested again, and says so", async () => {
    const before = await graphDigest(api.db);
    const { summary } = await ingestArticle(api.db, api.extractor, ARTICLE, META);
    expect(summary.unchanged).toBe(true);
    expect(summary.statements).toBe((await statementsOf(summary.articleId)).length);
    await expectGraphUnchanged(api.db, before);
  });

  it("changes nothing when the same text comes again after other articles, under another title", async () => {
    await ingestArticle(api.db, api.extractor, OTHER_ARTICLE, { ...META, publishedOn: "2025-03-04" });
    const before = await graphDigest(api.db);
    const again = await ingestArticle(api.db, api.extractor, ARTICLE, {
      ...META,
      title: "Another title for the same text",
    });
    expect(again.summary.unchanged).toBe(true);
    await expectGraphUnchanged(api.db, before);
  });

  it("never overwrites or duplicates curated facts, even when fed the seed article itself", async () => {
    const before = await graphDigest(api.db);
    const seedText = readFileSync(path.join(SEED_DIR, "articles", "kyiv-independent-2025-01-24.txt"), "utf8");
    const { summary } = await ingestArticle(api.db, api.extractor, seedText, {
      publishedOn: "2025-01-24",
      publisher: "The Kyiv Independent",
    });
    expect(summary).toMatchObject({ articleId: "article/kyiv-independent-2025-01-24", unchanged: true });
    await expectGraphUnchanged(api.db, before);
  });
});

describe("ingestion and review through GraphQL", () => {
  const QUEUE = `{ reviewQueue(first: 100) { totalCount edges { node { id kind confidence
    statement { text evidence { excerpt } } entity { name } link { type evidence { excerpt } } } } } }`;
  const TEXT = `Border village shelled, mayor says
Artillery shelled the village of Drevna in Velmar Oblast on April 9, Mayor Oleh Darko said.
"We heard explosions all night," Darko told the Velmar Courier. "The school is damaged."
The Velmar Oblast Council said it was "preparing shelters."
The regional governor, Anna Holub, said that repairs would start next week.
`;
  const INPUT = { publishedOn: "2025-04-10", publisher: "Velmar Courier" };

  /** Ingests short articles one after another, each linked against the ones before. */
  async function ingestInOrder(texts: string[]): Promise<void> {
    for (const text of texts) expect((await ingest(text, {}, INPUT)).errors).toBeUndefined();
  }

  beforeAll(() => restoreSeed(api.db));

  it("needs the API key", async () => {
    const response = await api.gql(INGEST, { input: { text: ARTICLE, publishedOn: "2025-03-03" } });
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await api.gql(QUEUE))).toEqual(["UNAUTHENTICATED"]);
  });

  it("ingests, lists what needs review, and accepts, rejects (for good) and corrects extractions", async () => {
    const ingested = await ingest(TEXT, {}, INPUT);
    expect(ingested.errors).toBeUndefined();
    const { articleId, unchanged, article } = ingested.data!.ingestArticle;
    expect(unchanged).toBe(false);
    expect(article?.id).toBe(articleId);

    const all = await statementsOf(articleId);
    expect(all.length).toBeGreaterThanOrEqual(3);
    // Put two statements in the queue whatever the extractor's confidence, then review them.
    await api.db.write((tx) =>
      tx.run("MATCH (s:Statement) WHERE s.id IN $ids SET s.needsReview = true", {
        ids: all.slice(0, 2).map((s) => s.id),
      }),
    );
    const listed = await api.gql<{
      reviewQueue: { totalCount: number; edges: { node: { id: string; kind: string } }[] };
    }>(QUEUE, {}, KEY);
    expect(listed.errors).toBeUndefined();
    const ids = listed.data!.reviewQueue.edges.map((edge) => edge.node.id);
    expect(ids).toEqual(expect.arrayContaining(all.slice(0, 2).map((s) => s.id)));

    const [accepted, rejected, corrected] = all.map((s) => s.id);
    const accept = await api.gql(`mutation ($id: ID!) { acceptExtraction(id: $id) }`, { id: accepted }, KEY);
    expect(accept.data).toEqual({ acceptExtraction: true });
    const reject = await api.gql(`mutation ($id: ID!) { rejectExtraction(id: $id) }`, { id: rejected }, KEY);
    expect(reject.data).toEqual({ rejectExtraction: true });
    const correct = await api.gql<{ correctExtraction: { id: string } }>(
      `mutation ($id: ID!) { correctExtraction(id: $id, input: { kind: QUOTE, speaker: "organization/velmar-courier" }) { id } }`,
      { id: corrected },
      KEY,
    );
    expect(correct.errors).toBeUndefined();
    const after = await statementsOf(articleId);
    expect(after.find((s) => s.id === accepted)?.needsReview).toBe(false);
    expect(after.find((s) => s.id === rejected)).toBeUndefined();
    expect(after.find((s) => s.id === corrected)).toMatchObject({
      origin: "curated",
      speaker: "organization/velmar-courier",
    });

    // Re-ingesting the same text after the review changes nothing: the rejection, the acceptance and
    // the correction all stand.
    const before = await graphDigest(api.db);
    const again = await ingest(TEXT, {}, INPUT);
    expect(again.data!.ingestArticle).toMatchObject({ unchanged: true, statements: all.length - 1 });
    await expectGraphUnchanged(api.db, before);
  });

  it("reads a text again after the extractor changed, keeping curated facts and reviewers' decisions", async () => {
    const articleId = (await ingest(TEXT, {}, INPUT)).data!.ingestArticle.articleId;
    // The previous test accepted one of its statements, corrected one and rejected one.
    const reviewed = await statementsOf(articleId);
    const [accepted] = await api.db.read<{ id: string }>(
      "MATCH (s:Statement {articleId: $articleId}) WHERE s.reviewedAt IS NOT NULL RETURN s.id AS id",
      { articleId },
    );
    const corrected = reviewed.find((s) => s.origin === "curated")!;
    const [{ rejected }] = await api.db.read<{ rejected: string[] }>(
      "MATCH (r:RejectedExtraction {articleId: $articleId}) RETURN collect(r.id) AS rejected",
      { articleId },
    );
    expect(rejected.length).toBe(1);
    // What an older extractor left: the article's version, and an extraction nobody reviewed that the
    // current extractor would not make.
    await api.db.write(async (tx) => {
      await tx.run("MATCH (a:Article {id: $articleId}) SET a.extractorVersion = 'newsgraph-rules/0.0.1'", {
        articleId,
      });
      await tx.run(
        `MATCH (a:Article {id: $articleId})
         MATCH (speaker:Person {id: 'person/volodymyr-zelensky'})
         CREATE (s:Statement {id: 'statement/stale/1-old-rules', articleId: $articleId, text: 'Old rules.',
           kind: 'CLAIM', evidenceStart: 0, evidenceEnd: 6, excerpt: 'Border', origin: 'extracted',
           confidence: 0.4, needsReview: true, extractorVersion: 'newsgraph-rules/0.0.1', version: 1})
         CREATE (speaker)-[:SAID {id: 'SAID:stale', statementId: s.id, articleId: $articleId, evidenceStart: 0,
           evidenceEnd: 6, excerpt: 'Border', origin: 'extracted', confidence: 0.4, needsReview: true}]->(s)
         CREATE (s)-[:REPORTED_IN {statementId: s.id}]->(a)`,
        { articleId },
      );
    });
    const keptBefore = await api.db.read(
      "MATCH (s:Statement) WHERE s.id IN $ids RETURN s.id AS id, properties(s) AS properties ORDER BY id",
      { ids: [accepted.id, corrected.id] },
    );

    const reread = await ingest(TEXT, {}, INPUT);
    expect(reread.errors).toBeUndefined();
    expect(reread.data!.ingestArticle).toMatchObject({ articleId, unchanged: false, rejectedBefore: 1 });
    const now = await statementsOf(articleId);
    const ids = now.map((s) => s.id);
    expect(ids).not.toContain("statement/stale/1-old-rules");
    expect(ids).not.toContain(rejected[0]);
    expect(ids).toEqual(expect.arrayContaining(reviewed.map((s) => s.id)));
    expect(
      await api.db.read(
        "MATCH (s:Statement) WHERE s.id IN $ids RETURN s.id AS id, properties(s) AS properties ORDER BY id",
        { ids: [accepted.id, corrected.id] },
      ),
    ).toEqual(keptBefore);
    const [article] = await api.db.read<{ version: string }>(
      "MATCH (a:Article {id: $articleId}) RETURN a.extractorVersion AS version",
      { articleId },
    );
    expect(article.version).toBe(EXTRACTOR_VERSION);
    await expectGraphIntact(api.db);

    const before = await graphDigest(api.db);
    expect((await ingest(TEXT, {}, INPUT)).data!.ingestArticle.unchanged).toBe(true);
    await expectGraphUnchanged(api.db, before);
  });

  it("lists a name two known people fit with both as its candidates", async () => {
    await ingestInOrder([
      "Harbor to dredge channel\nIvo Marren, the harbor master of Ostrel, said the channel would be dredged.",
      "Brask vote postponed\nLada Marren, a member of the Brask City Council, said the vote was postponed.",
      "Ferry to run on Sunday\nMarren said the ferry would run on Sunday.",
    ]);
    const queue = await api.gql<{
      reviewQueue: { edges: { node: { entity: { name: string } | null; candidates: { name: string }[] } }[] };
    }>(`{ reviewQueue(first: 100) { edges { node { entity { name } candidates { name } } } } }`, {}, KEY);
    expect(queue.errors).toBeUndefined();
    const nodes = queue.data!.reviewQueue.edges.map((edge) => edge.node);
    const marren = nodes.find((node) => node.entity?.name === "Marren");
    expect(marren?.candidates.map((candidate) => candidate.name).sort()).toEqual([
      "Ivo Marren",
      "Lada Marren",
    ]);
    expect(nodes.filter((node) => node !== marren).every((node) => node.candidates.length === 0)).toBe(true);
  });

  it("links a lone surname to the namesake written with the same office where they spoke", async () => {
    await ingestInOrder([
      "Channel to be dredged\nMayor Ivo Dalen said the channel would be dredged.",
      "Vote postponed in Brask\nLada Dalen, a member of the Brask City Council, said the vote was postponed.",
      "Ferry to run on Saturday\nMayor Dalen said the ferry would run on Saturday.",
    ]);
    const [said] = await api.db.read<{ speaker: string; title: string | null }>(
      `MATCH (speaker:Person)-[said:SAID]->(s:Statement)
       WHERE s.text CONTAINS 'the ferry would run on Saturday'
       RETURN speaker.id AS speaker, said.speakerTitle AS title`,
    );
    expect(said).toEqual({ speaker: "person/ivo-dalen", title: "mayor" });
  });

  it("refuses to review curated facts", async () => {
    const response = await api.gql(
      `mutation { rejectExtraction(id: "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say") }`,
      {},
      KEY,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });
});

describe("junk sent for ingestion", () => {
  const binary = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
  it.each([
    ["an empty text", ""],
    ["white space only", " \n\t \n  "],
    ["100 NUL characters", "\u0000".repeat(100)],
    ["a text with a control character", "The mayor said the port\u0007 reopened."],
    ["4 KB of binary", binary],
    ["numbers and punctuation", "12.5 / 33.1 / 44.0 -- 17:30 (2025) 99% 1,204 #4 = 7"],
    [
      "a text over the size limit",
      `${"The mayor said the port reopened. ".repeat(6000)}`.slice(0, MAX_ARTICLE_CHARACTERS + 1),
    ],
  ])("refuses %s with BAD_USER_INPUT on text, and writes nothing", async (_what, text) => {
    const before = await graphDigest(api.db);
    const response = await ingest(text);
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    const extensions = response.errors![0].extensions!;
    const fields = [
      extensions.field,
      ...((extensions.fields as { field: string }[]) ?? []).map((f) => f.field),
    ];
    expect(fields).toContain("text");
    await expectGraphUnchanged(api.db, before);
  });
});
