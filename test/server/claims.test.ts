// Statements as schema.org JSON-LD, served at GET /statements/{id}.jsonld and as Statement.claimJsonLd,
// on an article written for these tests and on the seed graph; every document is held to schema.org's
// definitions (test/support/schema-org.ts).
import { startTestApi, TEST_API_KEY, type TestApi } from "../support/api";
import { expectGraphIntact } from "../support/graph-check";
import { schemaOrgProblems } from "../../src/graph/schema-org-check";
import { restoreSeed } from "../support/seeded";

const PUBLIC_URL = "https://newsgraph.example.org";

const ARTICLE_ID = "article/tidewater-ledger-harbour-2026-03-02";
const ARTICLE_URL = "https://tidewater-ledger.example.com/2026/03/02/harbour";
const TEXT =
  "PORT VELL, 2 March. Mayor Mara Velde said the harbour will reopen to ferries by Friday. " +
  "The Harbour Authority rejected that, saying the ferries will not sail before April. " +
  "Harbour pilot Ilse Brandt said Friday was realistic.";

const CLAIM = "statement/tidewater-harbour/velde-ferries-by-friday";
const REBUTTAL = "statement/tidewater-harbour/authority-not-before-april";
const CONFIRMATION = "statement/tidewater-harbour/brandt-friday-realistic";

type Node = Record<string, unknown>;
interface ClaimDocument {
  "@context": string;
  "@graph": Node[];
}

let api: TestApi;

async function mutate(
  query: string,
  input: Record<string, unknown>,
): Promise<Record<string, { id: string }>> {
  const response = await api.gql<Record<string, { id: string }>>(query, { input }, { apiKey: TEST_API_KEY });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function evidenceOf(excerpt: string): { start: number; end: number; excerpt: string } {
  const start = TEXT.indexOf(excerpt);
  if (start < 0) throw new Error(`not in the article: ${excerpt}`);
  return { start, end: start + excerpt.length, excerpt };
}

const createEntity = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`;
const createStatement = `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id } }`;

function jsonLdPath(statementId: string): string {
  return `/statements/${encodeURIComponent(statementId)}.jsonld`;
}

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL });
  const publisher = await mutate(createEntity, {
    type: "Organization",
    name: "The Tidewater Ledger",
    kind: "MEDIA_OUTLET",
  });
  const velde = await mutate(createEntity, { type: "Person", name: "Mara Velde" });
  const authority = await mutate(createEntity, {
    type: "Organization",
    name: "Harbour Authority",
    kind: "GOVERNMENT_BODY",
  });
  const brandt = await mutate(createEntity, { type: "Person", name: "Ilse Brandt" });
  await mutate(`mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id } }`, {
    id: ARTICLE_ID,
    title: "Harbour to reopen by Friday, mayor says",
    publisher: publisher.createEntity.id,
    publishedOn: "2026-03-02",
    url: ARTICLE_URL,
    text: TEXT,
  });
  const statements = [
    [
      CLAIM,
      velde,
      "CLAIM",
      "The harbour will reopen to ferries by Friday.",
      "Mayor Mara Velde said the harbour will reopen to ferries by Friday.",
    ],
    [
      REBUTTAL,
      authority,
      "REBUTTAL",
      "The ferries will not sail before April.",
      "The Harbour Authority rejected that, saying the ferries will not sail before April.",
    ],
    [
      CONFIRMATION,
      brandt,
      "CONFIRMATION",
      "Friday is realistic.",
      "Harbour pilot Ilse Brandt said Friday was realistic.",
    ],
  ] as const;
  for (const [id, speaker, kind, text, excerpt] of statements) {
    await mutate(createStatement, {
      id,
      articleId: ARTICLE_ID,
      speaker: speaker.createEntity.id,
      kind,
      text,
      saidOn: "2026-03-02",
      evidence: evidenceOf(excerpt),
    });
  }
  const link = `mutation ($input: LinkInput!) { link(input: $input) { id } }`;
  await mutate(link, {
    type: "DISPUTES",
    from: REBUTTAL,
    to: CLAIM,
    evidence: { articleId: ARTICLE_ID, ...evidenceOf("The Harbour Authority rejected that") },
  });
  await mutate(link, {
    type: "CONFIRMS",
    from: CONFIRMATION,
    to: CLAIM,
    evidence: { articleId: ARTICLE_ID, ...evidenceOf("Ilse Brandt said Friday was realistic") },
  });
});

afterAll(async () => {
  await expectGraphIntact(api.db);
  await restoreSeed(api.db);
  await api.close();
});

async function getJsonLd(path: string): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
}

describe("GET /statements/{id}.jsonld", () => {
  it("serves a disputed and confirmed statement as a Claim with a ClaimReview from each source", async () => {
    const { status, type, body } = await getJsonLd(jsonLdPath(CLAIM));
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/ld\+json/);
    const document = JSON.parse(body) as ClaimDocument;
    expect(schemaOrgProblems(document)).toEqual([]);
    const [claim, ...reviews] = document["@graph"];
    const article = {
      "@type": "NewsArticle",
      "@id": ARTICLE_URL,
      url: ARTICLE_URL,
      headline: "Harbour to reopen by Friday, mayor says",
      datePublished: "2026-03-02",
      publisher: {
        "@type": "Organization",
        "@id": `${PUBLIC_URL}/explore?entity=organization%2Fthe-tidewater-ledger`,
        name: "The Tidewater Ledger",
      },
    };
    expect(claim).toEqual({
      "@type": "Claim",
      "@id": `${PUBLIC_URL}${jsonLdPath(CLAIM)}`,
      url: `${PUBLIC_URL}/explore?statement=${encodeURIComponent(CLAIM)}`,
      text: "The harbour will reopen to ferries by Friday.",
      author: {
        "@type": "Person",
        "@id": `${PUBLIC_URL}/explore?entity=person%2Fmara-velde`,
        name: "Mara Velde",
      },
      dateCreated: "2026-03-02",
      appearance: [article],
      firstAppearance: article,
    });
    const byRating = Object.fromEntries(
      reviews.map((review) => [(review.reviewRating as Node).alternateName, review]),
    );
    expect(Object.keys(byRating).sort()).toEqual(["Confirmed", "Disputed"]);
    expect(byRating.Disputed).toMatchObject({
      "@type": "ClaimReview",
      itemReviewed: { "@id": claim["@id"] },
      claimReviewed: "The harbour will reopen to ferries by Friday.",
      author: { "@type": "Organization", name: "Harbour Authority" },
      reviewRating: { ratingValue: 1, worstRating: 1, bestRating: 5 },
      reviewBody: "The ferries will not sail before April.",
      datePublished: "2026-03-02",
    });
    expect(byRating.Confirmed).toMatchObject({
      author: { "@type": "Person", name: "Ilse Brandt" },
      reviewRating: { ratingValue: 5, worstRating: 1, bestRating: 5 },
    });
  });

  it("serves a statement nobody disputed or confirmed as a Claim only", async () => {
    const { status, body } = await getJsonLd(jsonLdPath(REBUTTAL));
    expect(status).toBe(200);
    const document = JSON.parse(body) as ClaimDocument;
    expect(schemaOrgProblems(document)).toEqual([]);
    expect(document["@graph"].map((node) => node["@type"])).toEqual(["Claim"]);
    expect(document["@graph"][0]).toMatchObject({
      author: { "@type": "Organization", name: "Harbour Authority" },
    });
  });

  it("publishes no ClaimReview from a dispute that waits for a maintainer's review", async () => {
    const markDispute = (needsReview: boolean) =>
      api.db.write((tx) =>
        tx.run(
          `MATCH (:Statement {id: $from})-[dispute:DISPUTES]->(:Statement {id: $to})
           SET dispute.needsReview = $needsReview`,
          { from: REBUTTAL, to: CLAIM, needsReview },
        ),
      );
    await markDispute(true);
    try {
      const document = JSON.parse((await getJsonLd(jsonLdPath(CLAIM))).body) as ClaimDocument;
      expect(
        document["@graph"].map((node) => (node.reviewRating as Node | undefined)?.alternateName),
      ).toEqual([undefined, "Confirmed"]);
    } finally {
      await markDispute(false);
    }
  });

  it.each([
    ["an unknown id", jsonLdPath("statement/tidewater-harbour/nobody-said-this")],
    ["an id that names no statement", jsonLdPath("person/mara-velde")],
    ["an id with its slashes not encoded", `/statements/${CLAIM}.jsonld`],
    ["a path without .jsonld", `/statements/${encodeURIComponent(CLAIM)}`],
  ])("answers %s with 404 and a JSON error naming the id", async (_case, path) => {
    const { status, type, body } = await getJsonLd(path);
    expect(status).toBe(404);
    expect(type).toMatch(/^application\/json/);
    expect(JSON.parse(body)).toMatchObject({
      errors: [{ extensions: { code: "NOT_FOUND", field: "id" } }],
    });
  });

  it("answers a malformed percent-encoding with a JSON 400", async () => {
    const { status, body } = await getJsonLd("/statements/statement%2Fbad%E0%A4%A.jsonld");
    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });
});

describe("Statement.claimJsonLd", () => {
  it("is the very document the HTTP endpoint serves", async () => {
    const response = await api.gql<{ statement: { claimJsonLd: string } }>(
      `query ($id: ID!) { statement(id: $id) { claimJsonLd } }`,
      { id: CLAIM },
    );
    expect(response.errors).toBeUndefined();
    const { body } = await getJsonLd(jsonLdPath(CLAIM));
    expect(response.data!.statement.claimJsonLd).toBe(body);
  });

  it("answers a page of 100 seed statements with valid JSON-LD in a fixed number of round trips", async () => {
    const query = `query ($after: String) {
      statements(first: 100, after: $after) { edges { node { id claimJsonLd } } }
    }`;
    const response = await api.gql<{
      statements: { edges: { node: { id: string; claimJsonLd: string } }[] };
    }>(query);
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.statements.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(50);
    const problems = nodes.flatMap(({ id, claimJsonLd }) =>
      schemaOrgProblems(JSON.parse(claimJsonLd)).map((problem) => `${id}: ${problem}`),
    );
    expect(problems).toEqual([]);
    const reviewed = nodes.filter(({ claimJsonLd }) => claimJsonLd.includes('"ClaimReview"'));
    expect(reviewed.length).toBeGreaterThan(0);
    // The page, then one batch for every statement's Claim: its statements with reviews, and their reports.
    expect(response.extensions?.cypherRoundTrips).toBe(3);
  });
});

describe("a claim reported by several outlets", () => {
  it("lists every article of its utterance as an appearance, the earliest first", async () => {
    const earlier = "EAST VELL, 1 March. Mayor Mara Velde said the harbour will reopen to ferries by Friday.";
    const gazette = await mutate(createEntity, {
      type: "Organization",
      name: "The Vell Gazette",
      kind: "MEDIA_OUTLET",
    });
    const articleId = "article/vell-gazette-harbour-2026-03-01";
    await mutate(`mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id } }`, {
      id: articleId,
      title: "Mayor promises ferries by Friday",
      publisher: gazette.createEntity.id,
      publishedOn: "2026-03-01",
      text: earlier,
    });
    const excerpt = "Mayor Mara Velde said the harbour will reopen to ferries by Friday.";
    const start = earlier.indexOf(excerpt);
    await mutate(createStatement, {
      articleId,
      speaker: "person/mara-velde",
      kind: "CLAIM",
      text: "The harbour will reopen to ferries by Friday.",
      saidOn: "2026-03-01",
      evidence: { start, end: start + excerpt.length, excerpt },
    });
    const response = await fetch(`${api.url}${jsonLdPath(CLAIM)}`);
    const document = (await response.json()) as ClaimDocument;
    expect(schemaOrgProblems(document)).toEqual([]);
    const [claim] = document["@graph"];
    const headlines = (claim.appearance as Node[]).map((appearance) => appearance.headline);
    expect(headlines).toEqual([
      "Mayor promises ferries by Friday",
      "Harbour to reopen by Friday, mayor says",
    ]);
    expect((claim.firstAppearance as Node).headline).toBe("Mayor promises ferries by Friday");
  });
});
