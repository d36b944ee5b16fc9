// cypher/seed.cypher: the seed graph as a Cypher script, so a Neo4j Browser or cypher-shell user can
// rebuild the graph without the app. It runs the loader's own queries with the rows written inline.
import { cypher, splitStatements } from "../db/cypher";
import { planBatch } from "../store/graph-loader";
import { seedBatch } from "./seed-batch";
import type { SeedBundle } from "./read";

const ROWS_PER_STATEMENT = 100;

/** A Cypher literal for a JSON-like value: strings single-quoted with escapes, maps with backticked keys. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") {
    return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r")}'`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, item]) => `${/^[A-Za-z_]\w*$/.test(key) ? key : `\`${key}\``}: ${cypherLiteral(item)}`,
  );
  return `{${entries.join(", ")}}`;
}

export function renderSeedCypher(bundle: SeedBundle): string {
  const lines = [
    "// Newsgraph seed graph, generated from seed/ by `npm run seed:cypher`. Do not edit: edit seed/ and regenerate.",
    "// Rebuilds the curated graph without the app: `cypher-shell -u neo4j -f cypher/seed.cypher`, or paste it",
    "// into Neo4j Browser with multi-statement queries enabled. Running it twice changes nothing (MERGE on ids).",
    "",
    ...splitStatements(cypher("schema")).map((statement) => `${statement};\n`),
  ];
  for (const write of planBatch(seedBatch(bundle))) {
    const query = write.query
      .split("\n")
      .filter((line) => !line.startsWith("//"))
      .join("\n")
      .trim();
    for (let i = 0; i < write.rows.length; i += ROWS_PER_STATEMENT) {
      const rows = write.rows.slice(i, i + ROWS_PER_STATEMENT).map(cypherLiteral).join(",\n  ");
      lines.push(`// ${write.label}`, `${query.replace("UNWIND $rows AS row", `UNWIND [\n  ${rows}\n] AS row`)};`, "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
