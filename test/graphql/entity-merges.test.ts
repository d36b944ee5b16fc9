// Entities across articles: duplicateCandidates proposes the pair two articles written for the test
// leave behind; mergeEntities joins them in one transaction with an audit record; unmergeEntity puts the
// graph back exactly (checked by the digest of every node and relationship, the audit trail aside);
// refused merges name their field and write nothing.
import { ingestArticle } from "../../src/store/ingestion";
import { errorCodes, startTestApi, TEST_API_KEY, type GraphQLResponse, type TestApi } from "../support/api";
import { expectGraphIntact } from "../support/graph-check";
import { expectGraphUnchanged, graphDigest, type GraphDigest } from "../support/graph-digest";
import { restoreSeed } from "../support/seeded";

const SEED_ARTICLE = "article/kyiv-independent-2025-01-24";
const SURNAME_ONLY = [
  "Dam on the Vell to be rebuilt",
  "Pike said the dam on the Vell River would be rebuilt before the spring floods.",
].join("\n\n");
const FULL_NAME = [
  "Harlow bridge to reopen",
  "Rowan Pike, the mayor of Harlow, said the old bridge would reopen in May.",
].join("\n\n");

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  // The surname first: when the full name arrives, no known entity has it, so the graph holds two.
  await ingestArticle(api.db, api.extractor, SURNAME_ONLY, { publishedOn: "2025-04-01", title: "Dam" });
  await ingestArticle(api.db, api.extractor, FULL_NAME, { publishedOn: "2025-04-02", title: "Bridge" });
});
afterAll(async () => {
  await expectGraphIntact(api.db);
  await restoreSeed(api.db);
  await api.close();
});

function mutate<T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return api.gql<T>(query, variables, { apiKey: TEST_API_KEY });
}

/** The digest without the audit trail (EntityMerge records), which a merge and its undoing leave behind. */
async function digestWithoutAudit(): Promise<GraphDigest> {
  const digest = await graphDigest(api.db);
  const lines = digest.lines.filter((line) => !line.includes('"EntityMerge"'));
  return { hash: lines.join("\n"), lines };
}

const MERGE = `mutation ($keep: ID!, $merge: ID!, $reason: String!, $by: String, $key: String) {
  mergeEntities(keep: $keep, merge: $merge, reason: $reason, by: $by, idempotencyKey: $key) {
    id keep merged type reason by at moved undoneAt
  }
}`;
const UNMERGE = `mutation ($id: ID!) { unmergeEntity(id: $id) { id keep merged undoneAt undoneBy } }`;

interface Candidate {
  keep: { id: string; name: string };
  merge: { id: string; name: string };
  reason: string;
  score: number;
  explanation: string;
}

async function candidates(type: string, first = 100, after?: string) {
  const response = await api.gql<{
    duplicateCandidates: {
      edges: { node: Candidate }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  }>(
    `query ($type: EntityType!, $first: Int, $after: String) {
      duplicateCandidates(type: $type, first: $first, after: $after) {
        edges { node { keep { id name } merge { id name } reason score explanation } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    { type, first, after },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.duplicateCandidates;
}

/** Gives each person a role ([person, title, since, until]) in the seed's government; the links' ids. */
async function holdRoles(roles: [string, string, string, string | null][]): Promise<string[]> {
  const [text] = await api.db.read<{ text: string }>("MATCH (a:Article {id: $id}) RETURN a.text AS text", {
    id: SEED_ARTICLE,
  });
  const excerpt = "Ryazan lies roughly 500 kilometers";
  const start = text.text.indexOf(excerpt);
  const evidence = { articleId: SEED_ARTICLE, start, end: start + excerpt.length, excerpt };
  const link = `mutation ($input: LinkInput!) { link(input: $input) { id } }`;
  const ids: string[] = [];
  for (const [from, title, since, until] of roles) {
    const created = await mutate<{ link: { id: string } }>(link, {
      input: {
        type: "HOLDS_ROLE",
        from,
        to: "organization/government-of-ukraine",
        title,
        since,
        until,
        evidence,
      },
    });
    expect(created.errors).toBeUndefined();
    ids.push(created.data!.link.id);
  }
  return ids;
}

async function unlinkAll(ids: readonly string[]): Promise<void> {
  for (const id of ids)
    expect((await mutate(`mutation ($id: ID!) { unlink(id: $id) }`, { id })).errors).toBeUndefined();
}

describe("entities across articles", () => {
  it("proposes the surname of one article and the full name of another as one person, with the reason", async () => {
    const { edges } = await candidates("Person");
    const pair = edges.find((edge) => edge.node.merge.name === "Pike")?.node;
    expect(pair).toMatchObject({
      keep: { name: "Rowan Pike" },
      reason: "SURNAME_OF_ONLY_NAMESAKE",
      score: 0.8,
    });
    expect(pair?.explanation).toContain("Rowan Pike");
  });

  it("pages through the candidates with a cursor, best first, none twice", async () => {
    const all = (await candidates("Person")).edges.map((edge) => edge.node);
    const first = await candidates("Person", 1);
    const rest = await candidates("Person", 100, first.pageInfo.endCursor);
    const paged = [...first.edges, ...rest.edges].map((edge) => edge.node);
    expect(paged.map((pair) => `${pair.keep.id}|${pair.merge.id}`)).toEqual(
      all.map((pair) => `${pair.keep.id}|${pair.merge.id}`),
    );
    const scores = all.map((pair) => pair.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("merges two entities with an audit record, resolves the merged id, and unmerges back to the graph before", async () => {
    const [keep, merged] = await api.db.read<{ id: string }>(
      `MATCH (person:Person) WHERE person.name IN ['Rowan Pike', 'Pike']
       RETURN person.id AS id ORDER BY person.name DESC`,
    );
    const before = await digestWithoutAudit();
    const response = await mutate<{ mergeEntities: Record<string, unknown> }>(MERGE, {
      keep: keep.id,
      merge: merged.id,
      reason: "the mayor of Harlow in both articles",
    });
    expect(response.errors).toBeUndefined();
    const merge = response.data!.mergeEntities;
    expect(merge).toMatchObject({ keep: keep.id, merged: merged.id, type: "Person", undoneAt: null });
    expect(merge.by).toMatch(/^api-key:[0-9a-f]{12}$/);
    expect(merge.moved).toBeGreaterThan(0);

    const after = await api.gql<{
      entity: { id: string; aliases: string[]; statements: { text: string }[] };
    }>(`query ($id: ID!) { entity(id: $id) { id aliases statements { text } } }`, { id: merged.id });
    expect(after.data?.entity.id).toBe(keep.id);
    expect(after.data?.entity.aliases).toContain("Pike");
    expect(after.data?.entity.statements.map((statement) => statement.text).join(" ")).toContain("dam");
    await expectGraphIntact(api.db);

    const undone = await mutate<{ unmergeEntity: Record<string, unknown> }>(UNMERGE, { id: merged.id });
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.unmergeEntity).toMatchObject({ id: merge.id, merged: merged.id });
    expect(undone.data?.unmergeEntity.undoneAt).toEqual(expect.any(String));
    const restored = await digestWithoutAudit();
    expect(restored.lines).toEqual(before.lines);
    const [audit] = await api.db.read<{ records: number }>(
      "MATCH (audit:EntityMerge {merged: $id}) WHERE audit.undoneAt IS NOT NULL RETURN count(audit) AS records",
      { id: merged.id },
    );
    expect(audit.records).toBe(1);
    const logged = await api.db.read<{ kind: string }>(
      "MATCH (change:Change {subjectId: $id}) RETURN change.kind AS kind ORDER BY change.seq",
      { id: merged.id },
    );
    expect(logged.map((row) => row.kind)).toEqual(["ENTITIES_MERGED", "ENTITY_UNMERGED"]);
  });

  it("records the `by` given, and a retry with the same idempotency key merges once", async () => {
    const variables = {
      keep: "person/andrii-kovalenko",
      merge: "person/heorhii-tykhyi",
      reason: "a test of the audit record",
      by: "desk editor",
      key: "merge-once-0001",
    };
    const first = await mutate<{ mergeEntities: { id: string; by: string } }>(MERGE, variables);
    const again = await mutate<{ mergeEntities: { id: string; by: string } }>(MERGE, variables);
    expect(first.data?.mergeEntities.by).toBe("desk editor");
    expect(again.data?.mergeEntities.id).toBe(first.data?.mergeEntities.id);
    const undone = await mutate(UNMERGE, { id: "person/heorhii-tykhyi" });
    expect(undone.errors).toBeUndefined();
  });

  it.each([
    ["an entity into itself", "person/heorhii-tykhyi", "person/heorhii-tykhyi", "merge"],
    ["entities of two types", "person/heorhii-tykhyi", "organization/government-of-ukraine", "merge"],
    ["an unknown entity to keep", "person/nobody-at-all", "person/heorhii-tykhyi", "keep"],
    ["an unknown entity to merge", "person/heorhii-tykhyi", "person/nobody-at-all", "merge"],
  ])("refuses to merge %s, naming the field, and writes nothing", async (_case, keep, merge, field) => {
    const before = await graphDigest(api.db);
    const response = await mutate(MERGE, { keep, merge, reason: "a test" });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors?.[0].extensions?.field).toBe(field);
    await expectGraphUnchanged(api.db, before);
  });

  it("refuses to merge two people who held different roles at once, and writes nothing", async () => {
    const ids = await holdRoles([
      ["person/heorhii-tykhyi", "spokesperson", "2022", "2024"],
      ["person/andrii-kovalenko", "official", "2023-06", null],
    ]);
    const before = await graphDigest(api.db);
    const response = await mutate(MERGE, {
      keep: "person/andrii-kovalenko",
      merge: "person/heorhii-tykhyi",
      reason: "a test",
    });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors?.[0].extensions?.field).toBe("merge");
    expect(response.errors?.[0].message).toContain("spokesperson");
    await expectGraphUnchanged(api.db, before);
    await unlinkAll(ids);
  });

  it("does not propose two people who held different roles at once", async () => {
    const proposed = async () =>
      (await candidates("Person")).edges.some((edge) => edge.node.merge.name === "Pike");
    expect(await proposed()).toBe(true);
    const [rowan, pike] = await api.db.read<{ id: string }>(
      `MATCH (person:Person) WHERE person.name IN ['Rowan Pike', 'Pike']
       RETURN person.id AS id ORDER BY person.name DESC`,
    );
    const ids = await holdRoles([
      [rowan.id, "mayor", "2024", null],
      [pike.id, "dam engineer", "2025", "2025"],
    ]);
    expect(await proposed()).toBe(false);
    await unlinkAll(ids);
    expect(await proposed()).toBe(true);
  });

  it("refuses to unmerge an entity that was never merged, and one whose keeper changed since", async () => {
    const never = await mutate(UNMERGE, { id: "person/heorhii-tykhyi" });
    expect(errorCodes(never)).toEqual(["BAD_USER_INPUT"]);
    expect(never.errors?.[0].extensions?.field).toBe("id");

    const merged = await mutate(MERGE, {
      keep: "person/andrii-kovalenko",
      merge: "person/heorhii-tykhyi",
      reason: "a test",
    });
    expect(merged.errors).toBeUndefined();
    const update = await mutate(
      `mutation { updateEntity(id: "person/andrii-kovalenko", input: { description: "changed" }) { id } }`,
    );
    expect(update.errors).toBeUndefined();
    const before = await graphDigest(api.db);
    const refused = await mutate(UNMERGE, { id: "person/heorhii-tykhyi" });
    expect(errorCodes(refused)).toEqual(["CONFLICT"]);
    await expectGraphUnchanged(api.db, before);
    await mutate(
      `mutation { updateEntity(id: "person/andrii-kovalenko", input: { description: null }) { id } }`,
    );
  });

  it("lists a name waiting for review with its candidates as they are now, and proposes the one later given the office its article writes", async () => {
    const ingest = (day: number, title: string, sentence: string) =>
      ingestArticle(api.db, api.extractor, [title, sentence].join("\n\n"), {
        publishedOn: `2025-05-0${day}`,
        title,
      });
    await ingest(1, "Ferry fares", "Tova Brandt said the ferry fares would fall in June.");
    await ingest(2, "Harbour dredging", "Aksel Brandt said the harbour would be dredged this year.");
    // Two known Brandts and nothing to tell them apart: the name waits for review, with its title kept.
    await ingest(3, "Ferry timetable", "Commissioner Brandt said the ferry would run daily from June.");
    const proposal = async () =>
      (await candidates("Person")).edges.find((edge) => edge.node.merge.name === "Brandt")?.node;
    expect(await proposal()).toBeUndefined();
    // The review queue lists a candidate merged since as the entity it became.
    const queued = async () => {
      const response = await api.gql<{
        reviewQueue: {
          edges: { node: { entity: { name: string } | null; candidates: { name: string }[] } }[];
        };
      }>(
        `{ reviewQueue(first: 100) { edges { node { entity { name } candidates { name } } } } }`,
        {},
        {
          apiKey: TEST_API_KEY,
        },
      );
      expect(response.errors).toBeUndefined();
      const item = response.data!.reviewQueue.edges.find((edge) => edge.node.entity?.name === "Brandt");
      return item?.node.candidates.map((candidate) => candidate.name);
    };
    expect(await queued()).toEqual(["Aksel Brandt", "Tova Brandt"]);
    await ingest(5, "Dredging contract", "Ruben Brandt said the dredging contract would be signed soon.");
    const [aksel, ruben] = await api.db.read<{ id: string }>(
      `MATCH (person:Person) WHERE person.name IN ['Aksel Brandt', 'Ruben Brandt']
       RETURN person.id AS id ORDER BY person.name`,
    );
    const joined = await mutate(MERGE, { keep: ruben.id, merge: aksel.id, reason: "a test" });
    expect(joined.errors).toBeUndefined();
    expect(await queued()).toEqual(["Ruben Brandt", "Tova Brandt"]);
    await ingest(4, "Ferry budget", "Commissioner Tova Brandt said the ferry budget would double.");
    const pair = await proposal();
    expect(pair).toMatchObject({
      keep: { name: "Tova Brandt" },
      reason: "TITLE_OF_ONE_CANDIDATE",
      score: 0.75,
    });
    expect(pair?.explanation).toContain('"commissioner"');
    const merged = await mutate(MERGE, { keep: pair!.keep.id, merge: pair!.merge.id, reason: "a test" });
    expect(merged.errors).toBeUndefined();
    expect(await proposal()).toBeUndefined();
  });

  it("proposes for a name waiting for review the candidate its company is named with", async () => {
    // Two Quists quoted as often as each other, one always about Ivo Marr, the other once: linking at ingest
    // weighs whom each was named with, not how often, and leaves "Commissioner Quist" for review.
    const quoted = (speaker: string, about: (n: number) => string) =>
      Array.from({ length: 21 }, (_, n) => `${speaker} said ${about(n + 1)}.`).join(" ");
    await ingestArticle(
      api.db,
      api.extractor,
      ["Pier repairs", quoted("Lena Quist", (n) => `Ivo Marr would repair pier ${n} this year`)].join("\n\n"),
      { publishedOn: "2025-06-01", title: "Pier repairs" },
    );
    await ingestArticle(
      api.db,
      api.extractor,
      [
        "Mill wages",
        quoted("Edda Quist", (n) =>
          n === 1 ? "Ivo Marr would visit the mill" : `the mill would raise wage band ${n} in the autumn`,
        ),
      ].join("\n\n"),
      { publishedOn: "2025-06-02", title: "Mill wages" },
    );
    await ingestArticle(
      api.db,
      api.extractor,
      ["Pier contract", "Commissioner Quist said Ivo Marr would sign the pier contract on Friday."].join(
        "\n\n",
      ),
      { publishedOn: "2025-06-03", title: "Pier contract" },
    );
    const pair = (await candidates("Person")).edges.find((edge) => edge.node.merge.name === "Quist")?.node;
    expect(pair).toMatchObject({ keep: { name: "Lena Quist" }, reason: "CANDIDATE_OF_ITS_COMPANY" });
    expect(pair?.explanation).toContain("in 21 statements");
  });

  it("needs the API key", async () => {
    const response = await api.gql(MERGE, { keep: "person/a", merge: "person/b", reason: "x" });
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
  });
});
