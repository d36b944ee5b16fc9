// The benchmark's "raw" implementation: the best hand-written Cypher for each operation, one query
// per request through neo4j-driver, behind a minimal node:http endpoint (POST /<operation>, JSON in
// and out) so that it pays for HTTP and JSON like the two GraphQL servers.
import { createServer, type IncomingMessage, type Server } from "node:http";
import neo4j from "neo4j-driver";
import { cypher } from "../src/db/cypher";
import type { Database } from "../src/db/database";
import { candidatesToScore, rankQuotationMatches } from "../src/graph/text-match";
import { phraseQuery } from "../src/store/fulltext";
import type { OperationName } from "./operations";

type Json = Record<string, unknown>;

interface ScoredStatement {
  statement: { id: string; text: string; excerpt: string; saidOn: string | null; speaker: Json };
  score: number;
}

/** whoSaid scores candidates in JavaScript exactly as src/store/statements.ts does. */
async function whoSaid(db: Database, body: Json): Promise<Json> {
  const quote = String(body.quote ?? "");
  const limit = Number(body.limit ?? 5);
  const query = phraseQuery(quote);
  if (query === null) return { whoSaid: [] };
  const rows = await db.read<ScoredStatement>(cypher("bench/raw-who-said"), {
    query,
    candidates: neo4j.int(candidatesToScore(limit)),
  });
  const matches = rankQuotationMatches(
    quote,
    rows.map((row) => row.statement),
    (statement) => [statement.text, statement.excerpt],
    limit,
  ).map(({ candidate, score }) => ({ score, statement: candidate }));
  return { whoSaid: matches };
}

/** A page of rows in the query's order, fetched with one row more to know whether another page follows. */
async function page(db: Database, name: string, params: Json, first: number): Promise<[Json[], boolean]> {
  const rows = await db.read<Json>(cypher(`bench/${name}`), { ...params, limit: neo4j.int(first + 1) });
  return [rows.slice(0, first), rows.length > first];
}

const HANDLERS: Record<OperationName, (db: Database, body: Json) => Promise<Json>> = {
  whoSaid,
  speakerPage: async (db, body) => {
    const [rows, hasNextPage] = await page(
      db,
      "raw-speaker-page",
      { speaker: body.speaker },
      Number(body.first),
    );
    return { statements: rows.map((row) => row.statement), hasNextPage };
  },
  neighbourhood: async (db, body) => {
    const [row] = await db.read<{ entity: Json }>(cypher("bench/raw-neighbourhood"), { id: body.id });
    return { entity: row?.entity ?? null };
  },
  strikesInCountry: async (db, body) => {
    const [strikes, hasNextPage] = await page(
      db,
      "raw-strikes-in-place",
      { place: body.place },
      Number(body.first),
    );
    return { strikes, hasNextPage };
  },
  nestedArticle: async (db, body) => {
    const [row] = await db.read<{ article: Json }>(cypher("bench/raw-article-nested"), { id: body.id });
    return { article: row?.article ?? null };
  },
};

function readBody(request: IncomingMessage): Promise<Json> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      try {
        resolve(chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Json));
      } catch (error) {
        reject(error);
      }
    });
    request.on("error", reject);
  });
}

/** Answers POST /<operation> with `{ data }`, or `{ errors }` and status 4xx/5xx. */
export function createRawServer(db: Database): Server {
  return createServer((request, response) => {
    const send = (status: number, payload: Json) => {
      const text = JSON.stringify(payload);
      response.writeHead(status, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(text),
      });
      response.end(text);
    };
    const name = (request.url ?? "").slice(1) as OperationName;
    const handler = Object.hasOwn(HANDLERS, name) ? HANDLERS[name] : undefined;
    if (request.method !== "POST" || !handler) {
      send(404, { errors: [{ message: `POST one of /${Object.keys(HANDLERS).join(", /")}` }] });
      return;
    }
    readBody(request)
      .then((body) => handler(db, body))
      .then(
        (data) => send(200, { data, extensions: { cypherRoundTrips: 1 } }),
        (error: unknown) => send(500, { errors: [{ message: String(error) }] }),
      );
  });
}
