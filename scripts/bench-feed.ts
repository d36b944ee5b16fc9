// npm run bench:feed: how soon a statementAdded subscriber hears of a statement after its commit,
// with the subscriber on one API instance and the writes through another on the same database.
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { RESULTS_DIR } from "../bench/run";
import { parseCli, runMain } from "../src/cli";
import { loadConfig, type Config } from "../src/config";
import { createDriver, Database } from "../src/db/database";
import { waitForNeo4j } from "../src/db/wait";
import { EntityType, StatementKind } from "../src/graph/model";
import { logger } from "../src/logger";
import { progressBar } from "../src/progress";
import { createApp } from "../src/server/app";
import { configureHttpServer } from "../src/server/http-server";
import { createArticle, deleteArticle } from "../src/store/article-writes";
import { changePosition, readChanges } from "../src/store/changes";
import { createEntity, deleteEntity } from "../src/store/entity-writes";

const HELP = `
Usage: npm run bench:feed [-- --statements N] [-- --out DIR]

Starts two API instances in this process on the database NEO4J_URI names (replica A and replica B,
each with its own feed poller, FEED_POLL_MS apart), subscribes to statementAdded on A over WebSocket,
and writes N statements through B's createStatement, one at a time at random intervals (0–500 ms, so
that writes land anywhere in A's polling cycle). For each statement it measures how long after its
commit the subscriber heard of it: from the feed entry's time (taken in the committing transaction,
once it holds the feed's head — within milliseconds of the commit, on Neo4j's clock, on this machine)
and, as bounds, from the mutation's request and from its response. Prints p50, p95 and max, and writes
${path.relative(process.cwd(), RESULTS_DIR)}/feed-latency.json. The target: within 2 s of the commit.

It writes a small article, a person and the statements of its own and deletes them afterwards (the
feed keeps their entries, as it keeps every write's). Needs a Neo4j with the Cypher schema applied
(npm start or npm run seed once).

Options:
  --statements N   statements written and heard                               [50]
  --out DIR        where to write feed-latency.json                           [bench/results]
  -h, --help
`;

const { values } = parseCli(HELP, { statements: { type: "string" }, out: { type: "string" } });

const BENCH_TEXT =
  "The harbour master said on Monday that the new pier would open in the spring. " +
  "Fishing crews welcomed the news, and the town council promised to repair the coastal road before then.";

interface Instance {
  url: string;
  close(): Promise<void>;
}

async function startInstance(config: Config, db: Database): Promise<Instance> {
  const { app, close, serveSubscriptions } = await createApp(config, db, logger.child({}, { level: "warn" }));
  const server: Server = await new Promise((resolve) => {
    const listening = configureHttpServer(app.listen(0, "127.0.0.1", () => resolve(listening)));
  });
  const subscriptions = serveSubscriptions(server);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await subscriptions.close();
      await close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function summary(values: number[]): { p50_ms: number; p95_ms: number; max_ms: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    p50_ms: round(quantile(sorted, 0.5)),
    p95_ms: round(quantile(sorted, 0.95)),
    max_ms: round(sorted.at(-1) ?? 0),
  };
}

runMain(async () => {
  const count = Number(values.statements ?? 50);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--statements must be a whole number ≥ 1`);
  const base = loadConfig();
  if (base.neo4jUri === undefined) throw new Error("NEO4J_URI must name the Neo4j to measure on");
  const apiKey = base.apiKeys[0] ?? randomBytes(16).toString("hex");
  const config: Config = { ...base, apiKeys: [apiKey] };
  const db = new Database(createDriver(config), config.neo4jDatabase);
  const run = randomBytes(4).toString("hex");
  const personId = `person/feed-bench-${run}`;
  const articleId = `article/feed-bench-${run}`;
  const instances: Instance[] = [];
  try {
    await waitForNeo4j(db);
    process.stdout.write(`bench:feed: ${count} statements, FEED_POLL_MS ${config.feedPollMs}\n`);
    await createEntity(db, { type: EntityType.Person, id: personId, name: `Feed Bench ${run}` });
    const publisher = await db.read<{ id: string }>("MATCH (o:Organization) RETURN o.id AS id LIMIT 1");
    if (!publisher[0]) throw new Error("the database holds no organization to publish the bench article");
    await createArticle(db, {
      id: articleId,
      title: `Feed bench ${run}`,
      publisher: publisher[0].id,
      publishedOn: new Date().toISOString().slice(0, 10),
      text: BENCH_TEXT,
    });
    const replicaA = await startInstance(config, db);
    instances.push(replicaA);
    const replicaB = await startInstance(config, db);
    instances.push(replicaB);

    const heardAt = new Map<string, { at: number; cursor: string }>();
    let onHeard = () => undefined as void;
    const client = createClient({
      url: `${replicaA.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${apiKey}` },
      retryAttempts: 0,
    });
    const after = (await readChanges(db, { first: 0, after: null })).latestCursor;
    client.subscribe<{ statementAdded: { cursor: string; statement: { id: string } } }>(
      {
        query: `subscription ($after: String, $speaker: ID) {
          statementAdded(after: $after, filter: { speaker: $speaker }) { cursor statement { id } } }`,
        variables: { after, speaker: personId },
      },
      {
        next: (result) => {
          const event = result.data?.statementAdded;
          if (event) heardAt.set(event.statement.id, { at: Date.now(), cursor: event.cursor });
          onHeard();
        },
        error: (error) => {
          throw error instanceof Error ? error : new Error(JSON.stringify(error));
        },
        complete: () => undefined,
      },
    );

    const fromCommit: number[] = [];
    const fromRequest: number[] = [];
    const fromResponse: number[] = [];
    const bar = progressBar("statements");
    for (let i = 0; i < count; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 500));
      const id = `statement/feed-bench-${run}/${i}`;
      const heard = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${id} was not heard of within 30 s`)), 30_000);
        onHeard = () => {
          if (!heardAt.has(id)) return;
          clearTimeout(timer);
          resolve();
        };
      });
      const sent = Date.now();
      const response = await fetch(`${replicaB.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({
          query: `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id } }`,
          variables: {
            input: {
              id,
              articleId,
              speaker: personId,
              kind: StatementKind.QUOTE,
              text: `The new pier opens in the spring (${i}).`,
              evidence: { start: 0, end: 77, excerpt: BENCH_TEXT.slice(0, 77) },
            },
          },
        }),
      });
      const answered = Date.now();
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`createStatement failed: ${JSON.stringify(body.errors)}`);
      await heard;
      const event = heardAt.get(id)!;
      const position = changePosition(event.cursor)!;
      const [entry] = await db.read<{ at: string }>(
        "MATCH (c:Change {seq: $seq}) RETURN toString(c.at) AS at",
        { seq: position },
      );
      fromCommit.push(event.at - Date.parse(entry.at));
      fromRequest.push(event.at - sent);
      fromResponse.push(event.at - answered);
      bar.update(i + 1, count);
    }
    bar.stop();
    await client.dispose();

    const result = {
      measured: new Date().toISOString(),
      statements: count,
      feed_poll_ms: config.feedPollMs,
      since_commit: summary(fromCommit),
      since_request: summary(fromRequest),
      since_response: summary(fromResponse),
    };
    const rows = [
      ["since the commit (feed entry's time)", result.since_commit],
      ["since the mutation was sent", result.since_request],
      ["since the mutation's response", result.since_response],
    ] as const;
    process.stdout.write(
      `\n${"heard".padEnd(40)}${"p50 ms".padStart(10)}${"p95 ms".padStart(10)}${"max ms".padStart(10)}\n`,
    );
    for (const [label, s] of rows) {
      process.stdout.write(
        `${label.padEnd(40)}${String(s.p50_ms).padStart(10)}${String(s.p95_ms).padStart(10)}${String(s.max_ms).padStart(10)}\n`,
      );
    }
    const out = values.out ?? RESULTS_DIR;
    mkdirSync(out, { recursive: true });
    const file = path.join(out, "feed-latency.json");
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`written to ${path.relative(process.cwd(), file)}\n`);
  } finally {
    for (const instance of instances.reverse()) await instance.close();
    await deleteArticle(db, articleId).catch(() => undefined);
    await deleteEntity(db, personId).catch(() => undefined);
    await db.driver.close();
  }
});
