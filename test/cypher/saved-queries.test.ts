// Every saved query in cypher/queries/*.cypher opens with a `// Title` comment and runs as-is on the seed
// graph: read-only, without warnings (an unknown label, type or property is a warning), returning rows.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { Database } from "../../src/db/database";
import { CYPHER_DIR } from "../../src/paths";
import { openTestDatabase } from "../support/test-server";

const QUERIES_DIR = path.join(CYPHER_DIR, "queries");
const FILES = readdirSync(QUERIES_DIR)
  .filter((name) => name.endsWith(".cypher"))
  .sort();

function source(file: string): string {
  return readFileSync(path.join(QUERIES_DIR, file), "utf8");
}

/**
 * A saved query may set parameters the way Neo4j Browser does, one `:param name => expression` line each
 * (documented in a comment); everything else is the query itself.
 */
function splitParams(text: string): { params: Map<string, string>; query: string } {
  const params = new Map<string, string>();
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const param = /^:param\s+(\w+)\s*=>\s*(.+?);?\s*$/.exec(line.trim());
    if (param) params.set(param[1], param[2]);
    else if (line.trim().startsWith(":")) throw new Error(`not a :param line: ${line}`);
    else lines.push(line);
  }
  return { params, query: lines.join("\n").trim() };
}

interface Run {
  rows: Record<string, unknown>[];
  queryType: string;
  notifications: string[];
}

async function runRead(db: Database, query: string, params: Record<string, unknown> = {}): Promise<Run> {
  const result = await db.driver.executeQuery(query, params, {
    database: db.name,
    routing: neo4j.routing.READ,
  });
  return {
    rows: result.records.map((record) => record.toObject()),
    queryType: result.summary.queryType,
    notifications: result.summary.notifications.map((n) => `${n.code}: ${n.description}`),
  };
}

describe("cypher/queries (saved example queries)", () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => {
    await db.driver.close();
  });

  it("holds at least six queries", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(6);
  });

  it.each(FILES)("%s starts with a `// Title` line and a comment on how to read it", (file) => {
    const [title, description] = source(file).split("\n");
    expect(title).toMatch(/^\/\/ \S.*\S$/);
    expect(description).toMatch(/^\/\/ \S/);
  });

  it.each(FILES)("%s runs read-only on the seed graph, without warnings, and returns rows", async (file) => {
    const { params: expressions, query } = splitParams(source(file));
    const params: Record<string, unknown> = {};
    for (const [name, expression] of expressions) {
      const [row] = (await runRead(db, `RETURN ${expression} AS value`)).rows;
      params[name] = row.value;
    }
    const run = await runRead(db, query, params);
    expect(run.notifications).toEqual([]);
    expect(run.queryType).toBe("r");
    expect(run.rows.length).toBeGreaterThan(0);
  });
});
