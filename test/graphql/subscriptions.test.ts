// statementAdded over a real WebSocket (graphql-ws) on the real API: a subscriber hears of a statement
// written through the API — also through a second API instance on the same database — resumes after a
// disconnect from its last cursor without a loss or a repeat, hears only what its filter asks for; a
// wrong key is refused, no key is UNAUTHENTICATED, and the limits hold. And the changes query over HTTP.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { errorCodes, startTestApi, TEST_API_KEY, type TestApi } from "../support/api";
import { expectGraphIntact } from "../support/graph-check";
import { restoreSeed } from "../support/seeded";
import { PROJECT_ROOT } from "../../src/paths";

const ARTICLE = "article/kyiv-independent-2025-01-24";
let api: TestApi;
let replica: TestApi;
let evidence: { start: number; end: number; excerpt: string };
const clients: Client[] = [];

beforeAll(async () => {
  [api, replica] = await Promise.all([startTestApi(), startTestApi()]);
  const [row] = await api.db.read<{ text: string }>("MATCH (a:Article {id: $id}) RETURN a.text AS text", {
    id: ARTICLE,
  });
  const excerpt = row.text.slice(0, 40);
  evidence = { start: 0, end: excerpt.length, excerpt };
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});
afterAll(async () => {
  await expectGraphIntact(api.db);
  await restoreSeed(api.db);
  await Promise.all([api.close(), replica.close()]);
});

function connect(on: TestApi, apiKey: string | null = TEST_API_KEY): Client {
  const client = createClient({
    url: `${on.url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: apiKey === null ? {} : { authorization: `Bearer ${apiKey}` },
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

interface Heard {
  statement: { id: string; text: string; speaker: { id: string } };
  cursor: string;
}

interface Subscriber {
  heard: Heard[];
  errors: { message: string; extensions?: Record<string, unknown> }[];
  /** Resolves once `count` statements were heard (or an error), rejects after `timeoutMs`. */
  until(count: number, timeoutMs?: number): Promise<void>;
}

const STATEMENT_ADDED = `subscription ($filter: StatementAddedFilter, $after: String) {
  statementAdded(filter: $filter, after: $after) { cursor statement { id text speaker { id } } }
}`;

function subscribe(
  client: Client,
  variables: Record<string, unknown> = {},
  query = STATEMENT_ADDED,
): Subscriber {
  const heard: Heard[] = [];
  const errors: Subscriber["errors"] = [];
  let changed = () => undefined as void;
  client.subscribe<{ statementAdded: Heard }>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...(result.errors as Subscriber["errors"]));
        if (result.data) heard.push(result.data.statementAdded);
        changed();
      },
      error: (error) => {
        errors.push(
          ...(Array.isArray(error) ? error : [{ message: String((error as Error).message ?? error) }]),
        );
        changed();
      },
      complete: () => changed(),
    },
  );
  return {
    heard,
    errors,
    until(count, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`heard ${heard.length} of ${count} statements in ${timeoutMs} ms`)),
          timeoutMs,
        );
        changed = () => {
          if (heard.length < count && errors.length === 0) return;
          clearTimeout(timer);
          resolve();
        };
        changed();
      });
    },
  };
}

/** The feed's end now: subscribing after it hears exactly what is written from here on. */
async function latestCursor(on: TestApi = api): Promise<string> {
  const response = await on.gql<{ changes: { latestCursor: string } }>(
    "{ changes(first: 0) { latestCursor } }",
  );
  return response.data!.changes.latestCursor;
}

let written = 0;
async function writeStatement(
  through: TestApi,
  fields: { speaker?: string; kind?: string; text?: string } = {},
): Promise<string> {
  written += 1;
  const id = `statement/kyiv-independent-2025-01-24/feed-subscription-${written}`;
  const response = await through.gql(
    `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id } }`,
    {
      input: {
        id,
        articleId: ARTICLE,
        speaker: fields.speaker ?? "person/volodymyr-zelensky",
        kind: fields.kind ?? "QUOTE",
        text: fields.text ?? `Subscription test statement number ${written}.`,
        evidence,
      },
    },
    { apiKey: TEST_API_KEY },
  );
  expect(response.errors).toBeUndefined();
  return id;
}

/**
 * A subscription without a cursor starts at the feed's end when the server has set it up, which the
 * client is not told: write until it hears one; returns the ids written.
 */
async function writeUntilHeard(
  subscriber: Subscriber,
  fields: Parameters<typeof writeStatement>[1],
): Promise<string[]> {
  const ids = [await writeStatement(api, fields)];
  for (let attempt = 1; subscriber.heard.length === 0 && attempt < 20; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (subscriber.heard.length === 0 && attempt % 4 === 0) ids.push(await writeStatement(api, fields));
  }
  await subscriber.until(1);
  return ids;
}

describe("statementAdded", () => {
  it("hears of a statement written through the API, with its fields and a cursor", async () => {
    const subscriber = subscribe(connect(api), { after: await latestCursor() });
    const id = await writeStatement(api, { text: "We will hold the line." });
    await subscriber.until(1);
    expect(subscriber.errors).toEqual([]);
    expect(subscriber.heard).toEqual([
      {
        statement: { id, text: "We will hold the line.", speaker: { id: "person/volodymyr-zelensky" } },
        cursor: expect.any(String),
      },
    ]);
  });

  it("hears on one replica of a statement written through another", async () => {
    const subscriber = subscribe(connect(api), { after: await latestCursor() });
    const id = await writeStatement(replica);
    await subscriber.until(1);
    expect(subscriber.heard.map((event) => event.statement.id)).toEqual([id]);
  });

  it("follows from now without a cursor", async () => {
    const subscriber = subscribe(connect(replica));
    const ids = await writeUntilHeard(subscriber, {});
    expect(subscriber.heard.length).toBeGreaterThan(0);
    for (const event of subscriber.heard) expect(ids).toContain(event.statement.id);
  });

  it("runs README's example subscription as pasted", async () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## The change feed and subscriptions"));
    const example = /```graphql\n(subscription[\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const subscriber = subscribe(connect(api), {}, example);
    const ids = await writeUntilHeard(subscriber, { speaker: "person/donald-trump", kind: "QUOTE" });
    expect(subscriber.errors).toEqual([]);
    const texts = ids.map((id) => `Subscription test statement number ${id.split("-").pop()}.`);
    for (const event of subscriber.heard) {
      expect(texts).toContain(event.statement.text);
      expect(event.statement).toMatchObject({
        speaker: { name: "Donald Trump" },
        evidence: { article: { publishedOn: "2025-01-24" } },
      });
    }
  });

  it("keeps hearing long after it subscribed, beyond a request's read budget", async () => {
    const brief = await startTestApi({ NEO4J_QUERY_TIMEOUT_MS: "500" });
    try {
      const subscriber = subscribe(connect(brief), { after: await latestCursor(brief) });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const id = await writeStatement(api);
      await subscriber.until(1);
      expect(subscriber.errors).toEqual([]);
      expect(subscriber.heard.map((event) => event.statement.id)).toEqual([id]);
    } finally {
      await Promise.all(clients.splice(0).map((client) => client.dispose()));
      await brief.close();
    }
  });

  it("resumes after a disconnect from its last cursor: nothing lost, nothing repeated", async () => {
    const client = connect(api);
    const first = subscribe(client, { after: await latestCursor() });
    const a = await writeStatement(api);
    await first.until(1);
    await client.dispose();
    const b = await writeStatement(replica);
    const c = await writeStatement(api);
    const resumed = subscribe(connect(replica), { after: first.heard[0].cursor });
    await resumed.until(2);
    expect([...first.heard, ...resumed.heard].map((event) => event.statement.id)).toEqual([a, b, c]);
  });

  it("hears only the statements its filter asks for", async () => {
    const subscriber = subscribe(connect(api), {
      after: await latestCursor(),
      filter: { speaker: "person/donald-trump", kind: "CLAIM", minConfidence: 0.9 },
    });
    await writeStatement(api, { speaker: "person/vladimir-putin", kind: "CLAIM" });
    await writeStatement(api, { speaker: "person/donald-trump", kind: "QUOTE" });
    const wanted = await writeStatement(api, { speaker: "person/donald-trump", kind: "CLAIM" });
    // One more that matches: once it is heard, the others were passed over, not still on their way.
    const last = await writeStatement(replica, { speaker: "person/donald-trump", kind: "CLAIM" });
    await subscriber.until(2);
    expect(subscriber.heard.map((event) => event.statement.id)).toEqual([wanted, last]);
  });

  it("refuses a wrong key at connection_init, and a subscription without a key", async () => {
    const refused = connect(api, "wrong-key-0123456789abcdef");
    const closed = new Promise<number>((resolve) =>
      refused.on("closed", (event) => resolve((event as { code: number }).code)),
    );
    const denied = subscribe(refused);
    expect(await closed).toBe(4403);
    expect(denied.heard).toEqual([]);

    const anonymous = subscribe(connect(api, null));
    await anonymous.until(1);
    expect(anonymous.errors.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses a bad filter or cursor naming the argument, and queries over WebSocket", async () => {
    const client = connect(api);
    const badFilter = subscribe(client, { filter: { minConfidence: 2 } });
    const badCursor = subscribe(client, { after: "bm90LWEtY3Vyc29y" });
    const query = subscribe(client, {}, "{ changes(first: 1) { latestCursor } }");
    await Promise.all([badFilter.until(1), badCursor.until(1), query.until(1)]);
    expect(badFilter.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "minConfidence" });
    expect(badCursor.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    expect(query.errors[0].extensions).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("holds no more subscriptions per connection than MAX_SUBSCRIPTIONS_PER_CONNECTION", async () => {
    const limited = await startTestApi({ MAX_SUBSCRIPTIONS_PER_CONNECTION: "1" });
    try {
      const client = connect(limited);
      const after = await latestCursor(limited);
      const first = subscribe(client, { after });
      const second = subscribe(client, { after });
      await second.until(1);
      expect(second.errors.map((error) => error.extensions?.code)).toEqual(["TOO_MANY_SUBSCRIPTIONS"]);
      const id = await writeStatement(api);
      await first.until(1);
      expect(first.heard.map((event) => event.statement.id)).toEqual([id]);
    } finally {
      await Promise.all(clients.splice(0).map((client) => client.dispose()));
      await limited.close();
    }
  });
});

describe("the changes query", () => {
  it("pages every write in commit order, filtered, resumable from endCursor", async () => {
    const after = await latestCursor();
    const id = await writeStatement(api, { speaker: "person/joe-biden" });
    await api.gql(`mutation { deleteStatement(id: "${id}") }`, {}, { apiKey: TEST_API_KEY });
    const page = await api.gql<{
      changes: {
        edges: { node: { seq: number; kind: string; subjectId: string; entityIds: string[] } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      `query ($after: String) { changes(after: $after, first: 10) { edges { node { seq kind subjectId entityIds } }
        pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(page.errors).toBeUndefined();
    const edges = page.data!.changes.edges.map((edge) => edge.node);
    expect(edges.map((node) => [node.kind, node.subjectId])).toEqual([
      ["STATEMENT_ADDED", id],
      ["STATEMENT_DELETED", id],
    ]);
    expect(edges[1].seq).toBe(edges[0].seq + 1);
    expect(edges[0].entityIds).toEqual(["person/joe-biden"]);
    const filtered = await api.gql<{ changes: { edges: unknown[] } }>(
      `query ($after: String) { changes(after: $after, filter: { kinds: [STATEMENT_DELETED] }) { edges { node { subjectId } } } }`,
      { after },
    );
    expect(filtered.data!.changes.edges).toEqual([{ node: { subjectId: id } }]);
    const rest = await api.gql<{ changes: { edges: unknown[] } }>(
      `query ($after: String) { changes(after: $after) { edges { cursor } } }`,
      { after: page.data!.changes.pageInfo.endCursor },
    );
    expect(rest.data!.changes.edges).toEqual([]);
    const bad = await api.gql(`{ changes(after: "nope") { latestCursor } }`);
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
  });
});
