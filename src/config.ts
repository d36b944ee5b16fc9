// Environment → one validated, typed configuration object. Every bad value is a one-line error naming its variable.

export type NodeEnv = "development" | "production" | "test";

export interface Config {
  /** Bolt URI of an existing Neo4j; undefined means "start the local server" (scripts/neo4j.sh). */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  /** Ports of the local server; used only when neo4jUri is undefined. */
  localBoltPort: number;
  localHttpPort: number;
  port: number;
  apiKeys: string[];
  nodeEnv: NodeEnv;
  /** URL of an existing CoreNLP server (credentials in the URL); undefined means "start the local one". */
  corenlpUrl: string | undefined;
  /** Port of the local CoreNLP server; used only when corenlpUrl is undefined. */
  localCorenlpPort: number;
  /** Transaction timeouts of the API's reads (each query) and writes (each mutation's transaction). */
  queryTimeoutMs: number;
  writeTimeoutMs: number;
  /** Admission control: /graphql requests running at once, waiting for a turn, and how long they wait. */
  maxInFlight: number;
  maxQueued: number;
  queueWaitMs: number;
  /** How often each replica reads the change feed while a subscriber waits for new entries. */
  feedPollMs: number;
  /** Subscriptions one WebSocket connection, and the whole process, may hold at once. */
  maxSubscriptionsPerConnection: number;
  maxSubscriptions: number;
  /** express's "trust proxy": which X-Forwarded-For hops to believe for the client's address. */
  trustProxy: boolean | number | string;
  /** The API's public address (no trailing slash): the stable @id URLs of the JSON-LD it serves start with it. */
  publicUrl: string;
}

export const LOCAL_NEO4J_PASSWORD = "newsgraph-local";

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function readCount(env: Env, variable: string, fallback: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new ConfigError(variable, `must be a whole number from 1 to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function readTrustProxy(env: Env): boolean | number | string {
  const raw = env.TRUST_PROXY;
  if (raw === undefined || raw === "" || raw === "false") return false;
  if (raw === "true") return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (!/^[\w.:/, ]+$/.test(raw)) {
    throw new ConfigError(
      "TRUST_PROXY",
      `must be true, a number of hops, or addresses/subnets such as "loopback, 10.0.0.0/8", got "${raw}"`,
    );
  }
  return raw;
}

function readUri(env: Env): string | undefined {
  const raw = env.NEO4J_URI;
  if (raw === undefined || raw === "") return undefined;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/.test(raw)) {
    throw new ConfigError(
      "NEO4J_URI",
      `must look like neo4j://host:7687, bolt://host:7687 or neo4j+s://host, got "${raw}"`,
    );
  }
  return raw;
}

function readNlpUrl(env: Env): string | undefined {
  const raw = env.CORENLP_URL;
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("CORENLP_URL", "must be a URL like http://host:9000");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError("CORENLP_URL", "must be an http:// or https:// URL");
  }
  return raw;
}

export const DEFAULT_PORT = 4000;

/** The public address of an API that runs on this machine, on `port`. */
export function localPublicUrl(port: number): string {
  return `http://localhost:${port}`;
}

function readPublicUrl(env: Env, port: number): string {
  const raw = env.PUBLIC_URL;
  if (raw === undefined || raw === "") return localPublicUrl(port);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("PUBLIC_URL", `must be a URL like https://news.example.org, got "${raw}"`);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search !== "" || url.hash !== "") {
    throw new ConfigError(
      "PUBLIC_URL",
      `must be an http:// or https:// URL without query or fragment, got "${raw}"`,
    );
  }
  return raw.replace(/\/+$/, "");
}

function readNodeEnv(env: Env): NodeEnv {
  const raw = env.NODE_ENV;
  if (raw === undefined || raw === "") return "development";
  if (raw !== "development" && raw !== "production" && raw !== "test") {
    throw new ConfigError("NODE_ENV", `must be development, production or test, got "${raw}"`);
  }
  return raw;
}

function readApiKeys(env: Env, nodeEnv: NodeEnv): string[] {
  const keys = (env.API_KEYS ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter((key) => key !== "");
  const short = keys.find((key) => key.length < 16);
  if (short !== undefined) {
    throw new ConfigError("API_KEYS", "each key must have at least 16 characters");
  }
  if (nodeEnv === "production" && keys.length === 0) {
    throw new ConfigError("API_KEYS", "must hold at least one key in production (comma-separated)");
  }
  return keys;
}

function readName(env: Env, variable: string, fallback: string): string {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  if (/\s/.test(raw)) throw new ConfigError(variable, `must not contain whitespace, got "${raw}"`);
  return raw;
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = readNodeEnv(env);
  const neo4jUri = readUri(env);
  const neo4jPassword = env.NEO4J_PASSWORD ?? LOCAL_NEO4J_PASSWORD;
  if (neo4jUri === undefined && neo4jPassword.length < 8) {
    throw new ConfigError("NEO4J_PASSWORD", "must have at least 8 characters for the local Neo4j");
  }
  const port = readCount(env, "PORT", DEFAULT_PORT, 65535);
  return {
    neo4jUri,
    neo4jUser: readName(env, "NEO4J_USER", "neo4j"),
    neo4jPassword,
    neo4jDatabase: readName(env, "NEO4J_DATABASE", "neo4j"),
    localBoltPort: readCount(env, "NEO4J_BOLT_PORT", 7687, 65535),
    localHttpPort: readCount(env, "NEO4J_HTTP_PORT", 7474, 65535),
    port,
    apiKeys: readApiKeys(env, nodeEnv),
    nodeEnv,
    corenlpUrl: readNlpUrl(env),
    localCorenlpPort: readCount(env, "CORENLP_PORT", 9000, 65535),
    queryTimeoutMs: readCount(env, "NEO4J_QUERY_TIMEOUT_MS", 3_500, 600_000),
    writeTimeoutMs: readCount(env, "NEO4J_WRITE_TIMEOUT_MS", 30_000, 3_600_000),
    maxInFlight: readCount(env, "API_MAX_IN_FLIGHT", 16, 10_000),
    maxQueued: readCount(env, "API_MAX_QUEUED", 32, 100_000),
    queueWaitMs: readCount(env, "API_QUEUE_WAIT_MS", 1_000, 60_000),
    feedPollMs: readCount(env, "FEED_POLL_MS", 200, 60_000),
    maxSubscriptionsPerConnection: readCount(env, "MAX_SUBSCRIPTIONS_PER_CONNECTION", 10, 1_000),
    maxSubscriptions: readCount(env, "MAX_SUBSCRIPTIONS", 1_000, 100_000),
    trustProxy: readTrustProxy(env),
    publicUrl: readPublicUrl(env, port),
  };
}

/** The URI the driver connects to: the given one, or the local server's Bolt port. */
export function boltUri(config: Config): string {
  return config.neo4jUri ?? `bolt://127.0.0.1:${config.localBoltPort}`;
}
