// How the API behaves beyond its data: a fixed number of Cypher round trips per page, limits that
// reject abusive queries before Neo4j is touched, Neo4j outages, production errors, schema drift.
import { readFileSync } from "node:fs";
import net from "node:net";
import { printNewsgraphSchema } from "../../src/graphql/print-schema";
import { SCHEMA_FILE } from "../../src/paths";
import { errorCodes, startTestApi, type TestApi } from "../support/api";
import { TEST_SERVER } from "../support/test-server";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("Cypher round trips", () => {
  const page = `query ($first: Int, $after: String) { statements(first: $first, after: $after) { edges { cursor node {
      id text speaker { name } mentions { name } disputedBy { id speaker { name } } } } } }`;

  type Page = {
    statements: { edges: { cursor: string; node: { id: string; disputedBy: { id: string }[] } }[] };
  };

  it("are the same for a page of 50 statements as for a page of 5", async () => {
    const large = await api.gql<Page>(page, { first: 50 });
    // The small page holds a disputed statement whose disputers lie outside it, so, like the large
    // page, it needs every level: statements, speakers, mentions, disputers, disputers' speakers.
    const edges = large.data!.statements.edges;
    const start = edges.findIndex((edge, index) => {
      const window = new Set(edges.slice(index, index + 5).map((e) => e.node.id));
      return (
        index > 0 && edge.node.disputedBy.length > 0 && edge.node.disputedBy.every((d) => !window.has(d.id))
      );
    });
    expect(start).toBeGreaterThan(0);
    const small = await api.gql<Page>(page, { first: 5, after: edges[start - 1].cursor });
    expect(small.data?.statements.edges).toHaveLength(5);
    expect(large.data?.statements.edges).toHaveLength(50);
    expect(small.extensions?.cypherRoundTrips).toBeGreaterThan(0);
    expect(large.extensions?.cypherRoundTrips).toBe(small.extensions?.cypherRoundTrips);
  });

  it("are one for a nested page, however many fields and levels it asks for", async () => {
    const trips = async (fields: string) =>
      (await api.gql(`{ statements(first: 30) { edges { node { ${fields} } } } }`)).extensions!
        .cypherRoundTrips;
    expect(await trips("text")).toBe(1);
    expect(await trips("text speaker { name }")).toBe(1);
    expect(await trips("text speaker { name } mentions { name } disputedBy { text } via { name }")).toBe(1);
    expect(await trips("speaker { name } disputedBy { speaker { name } mentions { name } }")).toBe(1);
  });
});

describe("query limits", () => {
  it("reject a query nested too deep, before Neo4j is touched", async () => {
    let nested = "name";
    for (let i = 0; i < 7; i += 1) nested = `statements { speaker { ${nested} } }`;
    const response = await api.gql(`{ entity(id: "person/donald-trump") { ${nested} } }`);
    expect(errorCodes(response)).toEqual(["QUERY_TOO_DEEP"]);
    expect(response.errors?.[0].message).toMatch(/depth in levels is \d+; the limit is 12\./);
    // Refused before Apollo runs it: no round trip, and no count of them either.
    expect(response.extensions?.cypherRoundTrips ?? 0).toBe(0);
  });

  it("reject a query that would cost too much, before Neo4j is touched", async () => {
    const response = await api.gql(`{ entities(first: 100) { edges { node {
      statements { mentions { statements { mentions { name } } } } } } } }`);
    expect(errorCodes(response)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(response.errors?.[0].message).toMatch(/estimated cost is [\d,]+; the limit is 20,000\./);
    expect(response.extensions?.cypherRoundTrips).toBe(0);
  });

  it("let introspection and ordinary nested queries through", async () => {
    const introspection = await api.gql(
      `{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }`,
    );
    expect(introspection.errors).toBeUndefined();
    const nested = await api.gql(
      `{ statements(first: 20) { edges { node { speaker { name statements { text } } disputedBy { speaker { name } } } } } }`,
    );
    expect(nested.errors).toBeUndefined();
  });
});

/** A TCP proxy to the test Neo4j that the test can cut and restore, to play an outage. */
async function outageProxy(): Promise<{
  uri: string;
  cut(): void;
  restore(): Promise<void>;
  close(): Promise<void>;
}> {
  const sockets = new Set<net.Socket>();
  const handler = (client: net.Socket) => {
    const upstream = net.connect(TEST_SERVER.boltPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  };
  let server = net.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut: () => void stop(),
    restore: async () => {
      server = net.createServer(handler);
      await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    },
    close: stop,
  };
}

describe("when Neo4j is unreachable", () => {
  it("answers SERVICE_UNAVAILABLE and /health 503, and recovers by itself when Neo4j returns", async () => {
    const proxy = await outageProxy();
    const flaky = await startTestApi({ NEO4J_URI: proxy.uri });
    try {
      const query = `{ entity(id: "person/donald-trump") { name } }`;
      expect((await flaky.gql(query)).data).toEqual({ entity: { name: "Donald Trump" } });

      proxy.cut();
      const down = await flaky.gql(query);
      expect(errorCodes(down)).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(down.errors?.[0].message).not.toMatch(/MATCH|bolt|127\.0\.0\.1/);
      expect((await fetch(`${flaky.url}/health`)).status).toBe(503);

      await proxy.restore();
      let recovered = await flaky.gql(query);
      for (let attempt = 0; attempt < 20 && recovered.errors; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        recovered = await flaky.gql(query);
      }
      expect(recovered.data).toEqual({ entity: { name: "Donald Trump" } });
      expect((await fetch(`${flaky.url}/health`)).status).toBe(200);
    } finally {
      await flaky.close();
      await proxy.close();
    }
  });
});

describe("in production", () => {
  it("shows no stack trace, Cypher or echoed values in errors", async () => {
    const production = await startTestApi({ NODE_ENV: "production" });
    try {
      const internal = await production.gql(`{ statements(first: 5) { edges { node { text } } } }`);
      expect(internal.errors).toBeUndefined();
      const invalid = await production.gql(
        `mutation { createEntity(input: { type: Person, name: "" }) { id } }`,
        {},
        { apiKey: production.config.apiKeys[0] },
      );
      const body = JSON.stringify(invalid.errors);
      expect(errorCodes(invalid)).toEqual(["BAD_USER_INPUT"]);
      expect(body).not.toMatch(/stacktrace|at .*\.ts:|MATCH |"value"/);
      const unknownField = await production.gql(`{ nope }`);
      expect(JSON.stringify(unknownField.errors)).not.toMatch(/stacktrace/);
    } finally {
      await production.close();
    }
  });
});

describe("schema/schema.graphql", () => {
  it("is what the code builds (run `npm run schema` when this fails)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(printNewsgraphSchema());
  });
});
