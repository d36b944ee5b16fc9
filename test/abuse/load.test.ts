// Load and faults: beyond its in-flight and queue limits the API answers at once with 503 and
// Retry-After; with Neo4j stalled every answer is a 503 SERVICE_UNAVAILABLE within the timeouts;
// /health answers promptly throughout; keep-alive outlives a load balancer's.
import net from "node:net";
import { DatabaseTimeoutError } from "../../src/db/database";
import { KEEP_ALIVE_TIMEOUT_MS } from "../../src/server/http-server";
import { HEALTH_TIMEOUT_MS } from "../../src/server/health";
import { startTestApi, type TestApi } from "../support/api";
import { openTestDatabase, TEST_SERVER } from "../support/test-server";

interface Timed {
  status: number;
  code?: unknown;
  retryAfter: string | null;
  ms: number;
}

async function timedPost(api: TestApi, query: string): Promise<Timed> {
  const started = Date.now();
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code,
    retryAfter: response.headers.get("retry-after"),
    ms: Date.now() - started,
  };
}

async function timedHealth(api: TestApi): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${api.url}/health`);
  await response.arrayBuffer();
  return { status: response.status, ms: Date.now() - started };
}

const WHO_SAID = `{ whoSaid(quote: "Moscow has no say here", limit: 5) { score statement { text speaker { name } } } }`;

/** A TCP proxy to the test Neo4j that can stall: it keeps every connection open and forwards nothing. */
async function stallingProxy() {
  const pairs = new Set<[net.Socket, net.Socket]>();
  let stalled = false;
  const connect = ([client, upstream]: [net.Socket, net.Socket]) => {
    client.pipe(upstream);
    upstream.pipe(client);
  };
  const disconnect = ([client, upstream]: [net.Socket, net.Socket]) => {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  };
  const server = net.createServer((client) => {
    const pair: [net.Socket, net.Socket] = [client, net.connect(TEST_SERVER.boltPort, "127.0.0.1")];
    pairs.add(pair);
    for (const socket of pair) {
      socket.on("close", () => pairs.delete(pair));
      socket.on("error", () => socket.destroy());
    }
    if (stalled) disconnect(pair);
    else connect(pair);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    stall() {
      stalled = true;
      pairs.forEach(disconnect);
    },
    resume() {
      stalled = false;
      pairs.forEach(connect);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of pairs) pair.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

describe("with Neo4j stalled", () => {
  it("answers SERVICE_UNAVAILABLE with Retry-After within the timeouts, /health 503 promptly, and recovers", async () => {
    const proxy = await stallingProxy();
    const api = await startTestApi({ NEO4J_URI: proxy.uri, NEO4J_QUERY_TIMEOUT_MS: "1000" });
    try {
      expect((await timedPost(api, WHO_SAID)).status).toBe(200);
      expect((await timedHealth(api)).status).toBe(200);

      proxy.stall();
      const [answers, health] = await Promise.all([
        Promise.all(Array.from({ length: 10 }, () => timedPost(api, WHO_SAID))),
        timedHealth(api),
      ]);
      for (const answer of answers) {
        expect(answer).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE", retryAfter: "1" });
        expect(answer.ms).toBeLessThan(5000);
      }
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(HEALTH_TIMEOUT_MS + 500);

      proxy.resume();
      let recovered = await timedPost(api, WHO_SAID);
      for (let attempt = 0; attempt < 40 && recovered.status !== 200; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        recovered = await timedPost(api, WHO_SAID);
      }
      expect(recovered.status).toBe(200);
    } finally {
      await api.close();
      await proxy.close();
    }
  });
});

describe("admission control", () => {
  it("answers beyond its limits at once with 503 and Retry-After, and /health promptly", async () => {
    // Neo4j stalled: the two requests admitted hold their turns until their timeout, so the burst
    // meets full limits (2 in flight, 2 waiting) and everything beyond must be refused at once.
    const proxy = await stallingProxy();
    const api = await startTestApi({
      NEO4J_URI: proxy.uri,
      NEO4J_QUERY_TIMEOUT_MS: "3000",
      API_MAX_IN_FLIGHT: "2",
      API_MAX_QUEUED: "2",
      API_QUEUE_WAIT_MS: "3000",
    });
    try {
      expect((await timedPost(api, WHO_SAID)).status).toBe(200);
      proxy.stall();
      const burst = Array.from({ length: 40 }, () => timedPost(api, WHO_SAID));
      const health = await timedHealth(api);
      const answers = await Promise.all(burst);
      for (const answer of answers) {
        expect(answer).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE", retryAfter: "1" });
        expect(answer.ms).toBeLessThan(5000);
      }
      const atOnce = answers.filter((answer) => answer.ms < 1000);
      expect(atOnce.length).toBeGreaterThanOrEqual(answers.length - 4);
      expect(health.ms).toBeLessThan(HEALTH_TIMEOUT_MS + 500);
    } finally {
      await api.close();
      await proxy.close();
    }
  });
});

describe("a request's time budget", () => {
  it("covers all its reads from its arrival: a read after the budget is refused without Neo4j", async () => {
    const db = openTestDatabase();
    try {
      const timed = db.withTimeouts({ readMs: 300, writeMs: 300 });
      const fresh = timed.withCounter({ roundTrips: 0 });
      await fresh.serverInfo();
      const late = timed.withCounter({ roundTrips: 0 }, Date.now() - 301);
      await expect(late.serverInfo()).rejects.toBeInstanceOf(DatabaseTimeoutError);
    } finally {
      await db.driver.close();
    }
  });
});

describe("keep-alive", () => {
  it("keeps idle connections longer than a load balancer's 60 s", async () => {
    const api = await startTestApi();
    try {
      const response = await fetch(`${api.url}/health`);
      await response.arrayBuffer();
      const seconds = Number(/timeout=(\d+)/.exec(response.headers.get("keep-alive") ?? "")?.[1]);
      expect(seconds).toBe(KEEP_ALIVE_TIMEOUT_MS / 1000);
      expect(seconds).toBeGreaterThan(60);
    } finally {
      await api.close();
    }
  });
});
