// Ingesting articles into the real Neo4j: offsets, linking to known entities, idempotency, dry runs,
// the review flow, and curated data left untouched.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ingestArticle } from "../../src/store/ingestion";
import { SEED_DIR } from "../../src/paths";
import { errorCodes, startTestApi, TEST_API_KEY, type TestApi } from "../support/api";
import { graphCounts, restoreSeed } from "../support/seeded";

const ARTICLE = `Coastal Guard repels night attack on Ostrel port
Drones attacked the Velmar Fuel Terminal in the city of Ostrel overnight on March 3, Ostrel Governor Milena Sarkova said.
"Our air defenses shot down most of them. The fire is under control," Sarkova said. "Nobody was hurt."
A source in the Coastal Guard told the Ostrel Herald that the terminal had suspended operations.
President Volodymyr Zelensky said on March 2 that Ukraine would keep supporting the port, calling the attack "a cowardly act."
He added that "help is on the way."
`;
const META = { publishedOn: "2025-03-03", publisher: "Ostrel Herald" };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await restoreSeed(api.db);
  await api.close();
});

async function articleId(): Promise<string> {
  return (await ingestArticle(api.db, ARTICLE, META, { dryRun: true })).summary.articleId;
}

describe("ingesting an article", () => {
  it("writes nothing on a dry run", async () => {
    const before = await graphCounts(api.db);
    const { summary, extraction } = await ingestArticle(api.db, ARTICLE, META, { dryRun: true });
    expect(summary.dryRun).toBe(true);
    expect(extraction!.statements.length).toBeGreaterThan(2);
    expect(await graphCounts(api.db)).toEqual(before);
  });

  it("stores statements whose evidence offsets slice the stored text, marked as extracted", async () => {
    const { summary } = await ingestArticle(api.db, ARTICLE, META);
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
      expect(row.version).toMatch(/^newsgraph-rules\//);
    }
    expect(rows[0].text).toBe(ARTICLE);
  });

  it("links names to the entities the graph already knows", async () => {
    const id = await articleId();
    const [row] = await api.db.read<{ speakers: string[] }>(
      `MATCH (speaker:Entity)-[:SAID]->(:Statement {articleId: $id}) RETURN collect(DISTINCT speaker.id) AS speakers`,
      { id },
    );
    expect(row.speakers).toContain("person/volodymyr-zelensky");
    expect(row.speakers).toContain("person/milena-sarkova");
    const [zelensky] = await api.db.read<{ origin: string; name: string }>(
      `MATCH (p:Person {id: 'person/volodymyr-zelensky'}) RETURN p.origin AS origin, p.name AS name`,
    );
    expect(zelensky).toEqual({ origin: "curated", name: "Volodymyr Zelensky" });
  });

  it("changes nothing when the same text is ingested again", async () => {
    const before = await graphCounts(api.db);
    await ingestArticle(api.db, ARTICLE, META);
    expect(await graphCounts(api.db)).toEqual(before);
  });

  it("never overwrites or duplicates curated facts, even when fed the seed article itself", async () => {
    const curated = () =>
      api.db.read<{ id: string; text: string; origin: string }>(
        "MATCH (s:Statement {articleId: 'article/kyiv-independent-2025-01-24'}) RETURN s.id AS id, s.text AS text, s.origin AS origin ORDER BY id",
      );
    const curatedEntities = () =>
      api.db.read(
        "MATCH (e:Entity {origin: 'curated'}) RETURN e.id AS id, e.name AS name, e.aliases AS aliases ORDER BY id",
      );
    const [statementsBefore, entitiesBefore] = [await curated(), await curatedEntities()];
    const seedText = readFileSync(path.join(SEED_DIR, "articles", "kyiv-independent-2025-01-24.txt"), "utf8");
    await ingestArticle(api.db, seedText, { publishedOn: "2025-01-24", publisher: "The Kyiv Independent" });
    expect(await curated()).toEqual(statementsBefore);
    expect(await curatedEntities()).toEqual(entitiesBefore);
  });
});

describe("ingestion and review through GraphQL", () => {
  const ingest = `mutation ($input: IngestArticleInput!, $dryRun: Boolean) {
    ingestArticle(input: $input, dryRun: $dryRun) { articleId statements entitiesNew entitiesLinked strikes needsReview dryRun article { id } } }`;
  const queue = `{ reviewQueue(first: 100) { totalCount edges { node { id kind confidence
    statement { text evidence { excerpt } } entity { name } link { type evidence { excerpt } } } } } }`;

  it("needs the API key", async () => {
    const response = await api.gql(ingest, { input: { text: ARTICLE, publishedOn: "2025-03-03" } });
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await api.gql(queue))).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses bad input with BAD_USER_INPUT", async () => {
    const response = await api.gql(
      ingest,
      { input: { text: "", publishedOn: "2025-03-03" } },
      { apiKey: TEST_API_KEY },
    );
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });

  it("ingests, lists what needs review, and accepts, rejects (for good) and corrects extractions", async () => {
    const text = `Border village shelled, mayor says
Artillery shelled the village of Drevna in Velmar Oblast on April 9, Mayor Oleh Darko said.
"We heard explosions all night," Darko told the Velmar Courier. "The school is damaged."
The Velmar Oblast Council said it was "preparing shelters."
`;
    const input = { text, publishedOn: "2025-04-10", publisher: "Velmar Courier" };
    const ingested = await api.gql<{
      ingestArticle: { articleId: string; statements: number; article: { id: string } };
    }>(ingest, { input }, { apiKey: TEST_API_KEY });
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data!.ingestArticle.article.id).toBe(ingested.data!.ingestArticle.articleId);
    const articleId = ingested.data!.ingestArticle.articleId;

    const all = await api.db.read<{ id: string; kind: string }>(
      `MATCH (s:Statement {articleId: $articleId}) RETURN s.id AS id, s.kind AS kind ORDER BY id`,
      { articleId },
    );
    expect(all.length).toBeGreaterThanOrEqual(2);
    // Put two statements in the queue whatever the extractor's confidence, then review them.
    await api.db.write((tx) =>
      tx.run("MATCH (s:Statement) WHERE s.id IN $ids SET s.needsReview = true", {
        ids: all.slice(0, 2).map((s) => s.id),
      }),
    );
    const listed = await api.gql<{
      reviewQueue: { totalCount: number; edges: { node: { id: string; kind: string } }[] };
    }>(queue, {}, { apiKey: TEST_API_KEY });
    expect(listed.errors).toBeUndefined();
    const ids = listed.data!.reviewQueue.edges.map((edge) => edge.node.id);
    expect(ids).toEqual(expect.arrayContaining(all.slice(0, 2).map((s) => s.id)));
    expect(listed.data!.reviewQueue.totalCount).toBeGreaterThanOrEqual(2);

    const [accepted, rejected] = all.slice(0, 2).map((s) => s.id);
    const key = { apiKey: TEST_API_KEY };
    expect(
      (await api.gql(`mutation ($id: ID!) { acceptExtraction(id: $id) }`, { id: accepted }, key)).data,
    ).toEqual({ acceptExtraction: true });
    expect(
      (await api.gql(`mutation ($id: ID!) { rejectExtraction(id: $id) }`, { id: rejected }, key)).data,
    ).toEqual({ rejectExtraction: true });
    const after = await api.db.read<{ id: string; needsReview: boolean }>(
      `MATCH (s:Statement {articleId: $articleId}) RETURN s.id AS id, s.needsReview AS needsReview`,
      { articleId },
    );
    expect(after.find((s) => s.id === accepted)?.needsReview).toBe(false);
    expect(after.find((s) => s.id === rejected)).toBeUndefined();

    // Re-ingesting the same text does not bring the rejected statement back.
    const again = await api.gql<{ ingestArticle: { statements: number } }>(ingest, { input }, key);
    expect(again.data!.ingestArticle.statements).toBe(all.length - 1);
    const reloaded = await api.db.read<{ id: string }>(
      `MATCH (s:Statement {articleId: $articleId}) RETURN s.id AS id`,
      { articleId },
    );
    expect(reloaded.map((s) => s.id)).not.toContain(rejected);

    const corrected = await api.gql<{ correctExtraction: { id: string } }>(
      `mutation ($id: ID!) { correctExtraction(id: $id, input: { kind: QUOTE, speaker: "organization/velmar-courier" }) { id } }`,
      { id: accepted },
      key,
    );
    expect(corrected.errors).toBeUndefined();
    const [fixed] = await api.db.read<{ kind: string; speaker: string; origin: string }>(
      `MATCH (speaker:Entity)-[:SAID]->(s:Statement {id: $id}) RETURN s.kind AS kind, speaker.id AS speaker, s.origin AS origin`,
      { id: accepted },
    );
    expect(fixed).toEqual({ kind: "QUOTE", speaker: "organization/velmar-courier", origin: "curated" });
  });

  it("refuses to review curated facts", async () => {
    const response = await api.gql(
      `mutation { rejectExtraction(id: "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say") }`,
      {},
      { apiKey: TEST_API_KEY },
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });
});
