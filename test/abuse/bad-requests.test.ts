// Requests that are not what a GraphQL client sends: each answered within a second with JSON (never
// an HTML page), a code, a 4xx status and the request id of the X-Request-Id header; none of their
// bodies reaches the log; in production no message echoes what the client sent.
import { gzipSync } from "node:zlib";
import { MAX_BODY_BYTES } from "../../src/graphql/limits";
import { captureLog, startTestApi, TEST_API_KEY, type TestApi } from "../support/api";

interface Answer {
  status: number;
  type: string;
  requestIdHeader: string | null;
  elapsed: number;
  body: { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };
  text: string;
}

async function send(api: TestApi, init: RequestInit): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${api.url}/graphql`, { method: "POST", ...init });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    requestIdHeader: response.headers.get("x-request-id"),
    elapsed: Date.now() - started,
    body: JSON.parse(text) as Answer["body"],
    text,
  };
}

const JSON_TYPE = { "content-type": "application/json" };
const json = (value: unknown): RequestInit => ({ headers: JSON_TYPE, body: JSON.stringify(value) });
/** A marker no message or log line may contain: it stands for whatever the client sent. */
const MARKER = "zq-client-secret-8317";

const BAD_BODIES: [string, RequestInit, number][] = [
  ["malformed JSON", { headers: JSON_TYPE, body: `{"query": "${MARKER}` }, 400],
  ["a JSON string", { headers: JSON_TYPE, body: JSON.stringify(MARKER) }, 400],
  ["a batch (an array)", json([{ query: "{ __typename }" }]), 400],
  ["no query", json({ variables: { secret: MARKER } }), 400],
  ["variables as a string", json({ query: "{ __typename }", variables: `{"x":"${MARKER}"}` }), 400],
  [
    "a body over the size limit",
    json({ query: "{ __typename }", variables: { x: MARKER.repeat(MAX_BODY_BYTES / MARKER.length + 1) } }),
    413,
  ],
  [
    "UTF-16",
    {
      headers: { "content-type": "application/json; charset=utf-16" },
      body: Buffer.from(JSON.stringify({ query: `{ __typename } # ${MARKER}` }), "utf16le"),
    },
    415,
  ],
  ["text/plain", { headers: { "content-type": "text/plain" }, body: `{ __typename } # ${MARKER}` }, 415],
  ["no content type", { body: JSON.stringify({ query: "{ __typename }" }) }, 415],
  [
    "a gzip body that is not gzip",
    { headers: { ...JSON_TYPE, "content-encoding": "gzip" }, body: `not gzip ${MARKER}` },
    400,
  ],
  [
    "an unknown content encoding",
    { headers: { ...JSON_TYPE, "content-encoding": "lzma" }, body: JSON.stringify({ query: MARKER }) },
    415,
  ],
];

const BAD_VARIABLES: [string, string, Record<string, unknown>][] = [
  [
    '"abc" for Int!',
    'query ($limit: Int!) { whoSaid(quote: "no say", limit: $limit) { score } }',
    { limit: MARKER },
  ],
  [
    "an unknown enum value",
    'query ($type: EntityType) { resolveEntity(name: "Moscow", type: $type) { score } }',
    { type: MARKER },
  ],
  [
    "a bad Date",
    "query ($from: Date) { statements(filter: { saidFrom: $from }) { totalCount } }",
    { from: MARKER },
  ],
  ["a missing required variable", "query ($quote: String!) { whoSaid(quote: $quote) { score } }", {}],
];

/** `quick`: answered within a second (everything but a mutation, which opens a write transaction). */
function expectJsonError(answer: Answer, status: number, code: string, quick = true): void {
  expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({
    status,
    code,
  });
  expect(answer.type).toMatch(/^application\/json/);
  expect(answer.text).not.toMatch(/<html|<!DOCTYPE|stacktrace|node_modules|\.ts:\d/i);
  expect(answer.body.errors?.[0].extensions?.requestId).toBe(answer.requestIdHeader);
  if (quick) expect(answer.elapsed).toBeLessThan(1000);
}

describe.each(["development", "production"])("in %s", (nodeEnv) => {
  let api: TestApi;
  let logged: string[];
  beforeAll(async () => {
    const { log, lines } = captureLog();
    logged = lines;
    api = await startTestApi({ NODE_ENV: nodeEnv }, log);
  });
  afterAll(() => api.close());

  it.each(BAD_BODIES)("answers %s with JSON BAD_REQUEST", async (_, init, status) => {
    const answer = await send(api, init);
    expectJsonError(answer, status, "BAD_REQUEST");
    expect(answer.text).not.toContain(MARKER);
    expect(logged.join("")).not.toContain(MARKER);
    expect(logged.join("")).toContain(answer.requestIdHeader);
  });

  it.each(BAD_VARIABLES)(
    "answers %s with BAD_USER_INPUT, before Neo4j is touched",
    async (_, query, variables) => {
      const answer = await send(api, json({ query, variables }));
      expectJsonError(answer, 400, "BAD_USER_INPUT");
      expect(answer.text).toMatch(/"cypherRoundTrips":0/);
      expect(logged.join("")).not.toContain(MARKER);
      if (nodeEnv === "production") expect(answer.text).not.toContain(MARKER);
    },
  );

  it("answers a literal of the wrong type with BAD_USER_INPUT and a field error with its field", async () => {
    const literal = await send(api, json({ query: `{ whoSaid(quote: "x", limit: "${MARKER}") { score } }` }));
    expectJsonError(literal, 400, "BAD_USER_INPUT");
    const unknownId = await send(api, {
      headers: { ...JSON_TYPE, authorization: `Bearer ${TEST_API_KEY}` },
      body: JSON.stringify({
        query: `mutation { deleteEntity(id: "person/${MARKER}'}) DETACH DELETE n //") }`,
      }),
    });
    expectJsonError(unknownId, 400, "BAD_USER_INPUT", false);
    expect(unknownId.body.errors?.[0].extensions?.field).toBe("id");
    if (nodeEnv === "production") {
      expect(literal.text).not.toContain(MARKER);
      expect(unknownId.text).not.toContain(MARKER);
    } else {
      // In development the messages keep the value: they help the developer who sent it.
      expect(unknownId.text).toContain(MARKER);
    }
  });

  it("accepts a gzip body", async () => {
    const answer = await send(api, {
      headers: { ...JSON_TYPE, "content-encoding": "gzip" },
      body: gzipSync(JSON.stringify({ query: "{ __typename }" })),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __typename: "Query" });
  });
});

describe("our own faults", () => {
  it("answer 500 INTERNAL_SERVER_ERROR with the request id, and log it with the stack trace", async () => {
    const { log, lines } = captureLog();
    // A database name Neo4j does not have: the server's configuration is wrong, not the request.
    const api = await startTestApi({ NODE_ENV: "production", NEO4J_DATABASE: "nosuchdatabase" }, log);
    try {
      const answer = await send(api, json({ query: "{ serverInfo { version } }" }));
      expect(answer.status).toBe(500);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
      expect(answer.body.errors?.[0].message).toBe("Internal server error");
      expect(answer.body.errors?.[0].extensions?.requestId).toBe(answer.requestIdHeader);
      const line = lines
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((entry) => entry.level === 50);
      expect(line).toMatchObject({ requestId: answer.requestIdHeader, msg: "internal error" });
      expect((line?.err as { stack?: string }).stack).toMatch(/\n\s+at /);
    } finally {
      await api.close();
    }
  });
});
