// Named Cypher: every query the application runs lives in cypher/<name>.cypher, read once and cached.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CYPHER_DIR } from "../paths";

const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher, e.g. cypher("store/statement-by-id"). */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/**
 * Splits a file of several statements (cypher/schema.cypher) on the semicolons that end them,
 * ignoring `//` comment lines.
 */
export function splitStatements(script: string): string[] {
  return script
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== "");
}
