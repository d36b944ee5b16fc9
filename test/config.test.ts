import { boltUri, ConfigError, loadConfig } from "../src/config";

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("loadConfig accepted the environment");
}

describe("loadConfig", () => {
  it("uses the local Neo4j and port 4000 when nothing is set", () => {
    const config = loadConfig({});
    expect(config.neo4jUri).toBeUndefined();
    expect(boltUri(config)).toBe("bolt://127.0.0.1:7687");
    expect(config.port).toBe(4000);
    expect(config.neo4jUser).toBe("neo4j");
    expect(config.neo4jDatabase).toBe("neo4j");
    expect(config.nodeEnv).toBe("development");
    expect(config.apiKeys).toEqual([]);
  });

  it("reads every variable", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
      NEO4J_USER: "reader",
      NEO4J_PASSWORD: "pw",
      NEO4J_DATABASE: "news",
      PORT: "8080",
      API_KEYS: "key-one-0123456789, key-two-0123456789",
      NODE_ENV: "production",
    });
    expect(boltUri(config)).toBe("neo4j+s://abc.databases.neo4j.io");
    expect(config).toMatchObject({
      neo4jUser: "reader",
      neo4jPassword: "pw",
      neo4jDatabase: "news",
      port: 8080,
    });
    expect(config.apiKeys).toEqual(["key-one-0123456789", "key-two-0123456789"]);
  });

  it("reads the timeouts, admission limits and trusted proxies", () => {
    const config = loadConfig({
      NEO4J_QUERY_TIMEOUT_MS: "2500",
      NEO4J_WRITE_TIMEOUT_MS: "60000",
      API_MAX_IN_FLIGHT: "8",
      API_MAX_QUEUED: "100",
      API_QUEUE_WAIT_MS: "250",
      TRUST_PROXY: "loopback, 10.0.0.0/8",
    });
    expect(config).toMatchObject({
      queryTimeoutMs: 2500,
      writeTimeoutMs: 60000,
      maxInFlight: 8,
      maxQueued: 100,
      queueWaitMs: 250,
      trustProxy: "loopback, 10.0.0.0/8",
    });
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({})).toMatchObject({
      feedPollMs: 200,
      maxSubscriptionsPerConnection: 10,
      maxSubscriptions: 1000,
    });
    expect(
      loadConfig({ FEED_POLL_MS: "50", MAX_SUBSCRIPTIONS_PER_CONNECTION: "2", MAX_SUBSCRIPTIONS: "40" }),
    ).toMatchObject({ feedPollMs: 50, maxSubscriptionsPerConnection: 2, maxSubscriptions: 40 });
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it("takes the public address for JSON-LD @ids from PUBLIC_URL, else the local port", () => {
    expect(loadConfig({}).publicUrl).toBe("http://localhost:4000");
    expect(loadConfig({ PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    expect(loadConfig({ PUBLIC_URL: "https://news.example.org/graph/" }).publicUrl).toBe(
      "https://news.example.org/graph",
    );
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ NEO4J_URI: "http://localhost:7474" }, "NEO4J_URI"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ API_KEYS: "short" }, "API_KEYS"],
    [{ NODE_ENV: "production" }, "API_KEYS"],
    [{ NEO4J_PASSWORD: "short" }, "NEO4J_PASSWORD"],
    [{ NEO4J_DATABASE: "my db" }, "NEO4J_DATABASE"],
    [{ NEO4J_QUERY_TIMEOUT_MS: "fast" }, "NEO4J_QUERY_TIMEOUT_MS"],
    [{ FEED_POLL_MS: "0" }, "FEED_POLL_MS"],
    [{ MAX_SUBSCRIPTIONS: "many" }, "MAX_SUBSCRIPTIONS"],
    [{ API_MAX_IN_FLIGHT: "0" }, "API_MAX_IN_FLIGHT"],
    [{ API_QUEUE_WAIT_MS: "-5" }, "API_QUEUE_WAIT_MS"],
    [{ TRUST_PROXY: "any'; drop" }, "TRUST_PROXY"],
    [{ PUBLIC_URL: "news.example.org" }, "PUBLIC_URL"],
    [{ PUBLIC_URL: "ftp://news.example.org" }, "PUBLIC_URL"],
    [{ PUBLIC_URL: "https://news.example.org/?page=1" }, "PUBLIC_URL"],
  ])("rejects %j with an error naming %s", (env, variable) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(`${variable}: `)).toBe(true);
    expect(error.message).not.toContain("\n");
  });
});
