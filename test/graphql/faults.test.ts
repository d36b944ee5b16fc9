// Writers against a real Neo4j that is killed (SIGKILL) and restarted mid-run, through the API, each
// keeping a ledger of the writes it was told succeeded. Afterwards every acknowledged write must be in
// the graph exactly once, no retry may have been refused as "already exists" (every write carries an
// idempotency key), and the graph's invariants must hold. The suite runs its own Neo4j (ports 7724 and
// 7725 unless NEO4J_FAULT_BOLT_PORT / NEO4J_FAULT_HTTP_PORT say otherwise), so it may kill it.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDriver, Database } from "../../src/db/database";
import { applySchema } from "../../src/db/schema";
import { waitForNeo4j } from "../../src/db/wait";
import { resetLocalServer, startLocalServer, type LocalServerOptions } from "../../src/neo4j/local-server";
import { NEO4J_SCRIPT, PROJECT_ROOT, SEED_DIR } from "../../src/paths";
import { textHash } from "../../src/seed/graph-batch";
import { loadSeed } from "../../src/seed/load-seed";
import { CONCURRENT_REQUESTS, startTestApi, TEST_API_KEY, type TestApi } from "../support/api";
import { expectGraphIntact } from "../support/graph-check";
import { testConfig } from "../support/test-server";

jest.setTimeout(900_000);

const FAULT_SERVER: LocalServerOptions = {
  boltPort: Number(process.env.NEO4J_FAULT_BOLT_PORT ?? 7724),
  httpPort: Number(process.env.NEO4J_FAULT_HTTP_PORT ?? 7725),
  password: process.env.NEO4J_PASSWORD ?? "newsgraph-local",
  instanceDir: path.join(PROJECT_ROOT, ".neo4j", "faults"),
  heap: "512m",
  pageCache: "256m",
};
const URI = `bolt://127.0.0.1:${FAULT_SERVER.boltPort}`;
const WRITERS = 8;
const OPERATIONS_PER_WRITER = 40;
/** The kill comes once this many writes were acknowledged. */
const KILL_AFTER = 60;
/** A writer gives up on one write after this long (Neo4j restarts in well under a minute). */
const GIVE_UP_MS = 120_000;
const ARTICLE = "article/kyiv-independent-2025-01-24";
const EXCERPT = "Ryazan lies roughly 500 kilometers";

type Kind = "entity" | "statement" | "link" | "ingest";

interface Operation {
  kind: Kind;
  key: string;
  query: string;
  variables: Record<string, unknown>;
  /** Cypher counting how often the write is in the graph, with `marker` as $marker. */
  count: string;
  marker: string;
}

interface Entry {
  operation: Operation;
  acknowledged: boolean;
  attempts: number;
  /** The final refusal, when the write was refused rather than acknowledged. */
  refusal?: string;
  /** The last transient error, for a write never acknowledged. */
  lastError?: string;
}

let api: TestApi;
let db: Database;
/** Where every statement and link of the run points: one sentence of the seed article. */
let evidence: { start: number; end: number; excerpt: string };

beforeAll(async () => {
  resetLocalServer(FAULT_SERVER);
  startLocalServer(FAULT_SERVER);
  const config = testConfig({ NEO4J_URI: URI });
  db = new Database(createDriver(config), config.neo4jDatabase);
  await waitForNeo4j(db);
  await applySchema(db);
  await loadSeed(db, { reset: true });
  const text = readFileSync(path.join(SEED_DIR, "articles", "kyiv-independent-2025-01-24.txt"), "utf8");
  const start = text.indexOf(EXCERPT);
  evidence = { start, end: start + EXCERPT.length, excerpt: EXCERPT };
  api = await startTestApi({ NEO4J_URI: URI, ...CONCURRENT_REQUESTS });
});

afterAll(async () => {
  await api?.close();
  await db?.driver.close();
  resetLocalServer(FAULT_SERVER);
});

/** Writer `w`'s `i`-th write: an entity, a statement it speaks, a MENTIONS from it, an ingested article. */
function operation(w: number, i: number): Operation {
  const key = `fault-run-${w}-${i}`;
  const n = Math.floor(i / 4);
  const name = `Fault Writer ${w} ${n}`;
  const person = `person/fault-writer-${w}-${n}`;
  const statement = `statement/kyiv-independent-2025-01-24/fault-${w}-${n}`;
  switch (i % 4) {
    case 0:
      return {
        kind: "entity",
        key,
        query: `mutation ($input: CreateEntityInput!, $key: String) { createEntity(input: $input, idempotencyKey: $key) { id } }`,
        variables: { input: { type: "Person", name } },
        count: "MATCH (p:Person {name: $marker}) RETURN count(p) AS found",
        marker: name,
      };
    case 1:
      return {
        kind: "statement",
        key,
        query: `mutation ($input: CreateStatementInput!, $key: String) { createStatement(input: $input, idempotencyKey: $key) { id } }`,
        variables: {
          input: {
            id: statement,
            articleId: ARTICLE,
            speaker: person,
            kind: "REPORT",
            text: `Report ${w} ${n}.`,
            evidence,
          },
        },
        count: "MATCH (s:Statement {id: $marker}) RETURN count(s) AS found",
        marker: statement,
      };
    case 2: {
      const id = `MENTIONS:${statement}->place/ukraine@${ARTICLE}:${evidence.start}-${evidence.end}`;
      return {
        kind: "link",
        key,
        query: `mutation ($input: LinkInput!, $key: String) { link(input: $input, idempotencyKey: $key) { id } }`,
        variables: {
          input: {
            type: "MENTIONS",
            from: statement,
            to: "place/ukraine",
            evidence: { articleId: ARTICLE, ...evidence },
          },
        },
        count: "MATCH (:Statement)-[r:MENTIONS {id: $marker}]->() RETURN count(r) AS found",
        marker: id,
      };
    }
    default: {
      const text = `Ostrel port notice ${w}-${n}\nThe harbor of Ostrel reopened on Monday, port director Lena Marsk said in notice ${w}-${n}.\n`;
      return {
        kind: "ingest",
        key,
        query: `mutation ($input: IngestArticleInput!, $key: String) { ingestArticle(input: $input, idempotencyKey: $key) { articleId } }`,
        variables: { input: { text, publishedOn: "2025-03-05", publisher: "Ostrel Herald" } },
        count: "MATCH (a:Article {textHash: $marker}) RETURN count(a) AS found",
        marker: textHash(text),
      };
    }
  }
}

/** Codes that say the write was refused for good; anything else (unavailable, a dropped connection) is retried. */
const FINAL = new Set(["BAD_USER_INPUT", "ALREADY_EXISTS", "CONFLICT"]);

async function send(entry: Entry): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS;
  const { query, variables, key } = entry.operation;
  while (Date.now() < deadline) {
    entry.attempts += 1;
    try {
      const response = await api.gql(query, { ...variables, key }, { apiKey: TEST_API_KEY });
      if (!response.errors) {
        entry.acknowledged = true;
        return;
      }
      const code = String(response.errors[0].extensions?.code);
      if (FINAL.has(code)) {
        entry.refusal = `${code}: ${response.errors[0].message}`;
        return;
      }
      entry.lastError = `${code}: ${response.errors[0].message}`;
    } catch (error) {
      // The API itself did not answer: retry like any transient failure.
      entry.lastError = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Kills Neo4j without warning once `KILL_AFTER` writes are acknowledged, then starts it again. */
async function killAndRestart(
  ledger: Entry[],
  done: () => boolean,
): Promise<{ killedAt: number; downMs: number }> {
  while (ledger.filter((entry) => entry.acknowledged).length < KILL_AFTER && !done()) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pidFile = path.join(FAULT_SERVER.instanceDir!, "run", "neo4j.pid");
  const killedAt = Date.now();
  process.kill(Number(readFileSync(pidFile, "utf8").trim()), "SIGKILL");
  await new Promise((resolve) => setTimeout(resolve, 2000));
  // Started asynchronously: the API and the writers run in this process and must keep running.
  await new Promise<void>((resolve, reject) => {
    const child = spawn("bash", [NEO4J_SCRIPT, "start"], {
      env: {
        ...process.env,
        NEO4J_BOLT_PORT: String(FAULT_SERVER.boltPort),
        NEO4J_HTTP_PORT: String(FAULT_SERVER.httpPort),
        NEO4J_INSTANCE_DIR: FAULT_SERVER.instanceDir,
        NEO4J_PASSWORD: FAULT_SERVER.password,
        NEO4J_HEAP: FAULT_SERVER.heap,
        NEO4J_PAGECACHE: FAULT_SERVER.pageCache,
      },
      stdio: "ignore",
    });
    child.on("exit", (status) => (status === 0 ? resolve() : reject(new Error(`neo4j.sh start: ${status}`))));
  });
  return { killedAt, downMs: Date.now() - killedAt };
}

describe("writers while Neo4j is killed and restarted", () => {
  it("find every acknowledged write in the graph exactly once, and no retry refused", async () => {
    const ledger: Entry[] = [];
    const writers = Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; i < OPERATIONS_PER_WRITER; i++) {
        const entry: Entry = { operation: operation(w, i), acknowledged: false, attempts: 0 };
        ledger.push(entry);
        await send(entry);
      }
    });
    let finished = false;
    const restart = killAndRestart(ledger, () => finished);
    await Promise.all(writers);
    finished = true;
    const { killedAt, downMs } = await restart;
    // A retried write whose key was stored before the kill had committed although its client saw a
    // failure: the retry was answered from the key.
    const [{ committedBeforeTheKill }] = await db.read<{ committedBeforeTheKill: number }>(
      `MATCH (key:IdempotencyKey) WHERE key.key IN $keys AND key.createdAt.epochMillis < $killedAt
       RETURN count(key) AS committedBeforeTheKill`,
      { keys: ledger.filter((entry) => entry.attempts > 1).map((entry) => entry.operation.key), killedAt },
    );

    let found = 0;
    let duplicated = 0;
    let foundUnacknowledged = 0;
    for (const entry of ledger) {
      const [row] = await db.read<{ found: number }>(entry.operation.count, {
        marker: entry.operation.marker,
      });
      if (entry.acknowledged && row.found >= 1) found += 1;
      if (!entry.acknowledged && row.found >= 1) foundUnacknowledged += 1;
      if (row.found > 1) duplicated += 1;
    }
    const figures = {
      writes: ledger.length,
      acknowledged: ledger.filter((entry) => entry.acknowledged).length,
      found,
      duplicated,
      foundUnacknowledged,
      retried: ledger.filter((entry) => entry.attempts > 1).length,
      retriedAfterACommit: committedBeforeTheKill,
      attempts: ledger.reduce((sum, entry) => sum + entry.attempts, 0),
      refused: ledger
        .filter((entry) => entry.refusal)
        .map((entry) => `${entry.operation.key}: ${entry.refusal}`),
      unacknowledged: ledger
        .filter((entry) => !entry.acknowledged && !entry.refusal)
        .map((entry) => `${entry.operation.key}: ${entry.lastError}`),
      transientErrors: [
        ...new Set(ledger.flatMap((entry) => (entry.lastError ? [entry.lastError.slice(0, 120)] : []))),
      ],
      neo4jDownSeconds: Math.round(downMs / 100) / 10,
    };
    mkdirSync(path.join(PROJECT_ROOT, "test-artifacts"), { recursive: true });
    writeFileSync(
      path.join(PROJECT_ROOT, "test-artifacts", "fault-ledger.json"),
      `${JSON.stringify(figures, null, 2)}\n`,
    );
    process.stdout.write(`fault ledger: ${JSON.stringify(figures)}\n`);

    expect(figures.refused).toEqual([]);
    expect(figures.acknowledged).toBe(ledger.length);
    expect(figures.found).toBe(figures.acknowledged);
    expect(figures.duplicated).toBe(0);
    expect(figures.retried).toBeGreaterThan(0);
    await expectGraphIntact(db);
  });

  it("after the restart, 20 identical ingests write once and 20 identical creates let one through", async () => {
    const text =
      "Harbor notice\nThe harbor of Ostrel reopened again, port director Lena Marsk said on March 9.\n";
    const ingests = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.gql<{ ingestArticle: { unchanged: boolean } }>(
          `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { unchanged } }`,
          { input: { text, publishedOn: "2025-03-09", publisher: "Ostrel Herald" } },
          { apiKey: TEST_API_KEY },
        ),
      ),
    );
    expect(ingests.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    expect(ingests.filter((answer) => !answer.data!.ingestArticle.unchanged)).toHaveLength(1);
    const creates = await Promise.all(
      Array.from({ length: 20 }, (_, client) =>
        api.gql(
          `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
          { input: { id: "person/fault-contested", type: "Person", name: `Client ${client}` } },
          { apiKey: TEST_API_KEY },
        ),
      ),
    );
    expect(creates.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(creates.filter((answer) => answer.errors?.[0].extensions?.code === "ALREADY_EXISTS")).toHaveLength(
      19,
    );
    await expectGraphIntact(db);
  });
});
