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

export type TemplateValues = Record<string, string>;

/**
 * cypher/<name>.cypher with its {{placeholders}} filled. Labels and relationship types cannot be
 * query parameters without losing index use, so they are spliced in — but only values from the
 * graph model's enums (`allowed`), never user input.
 */
export function cypherTemplate(name: string, values: TemplateValues, allowed: ReadonlySet<string>): string {
  return cypher(name).replace(/\{\{(\w+)\}\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`cypher/${name}.cypher: no value for {{${key}}}`);
    if (!allowed.has(value)) throw new Error(`cypher/${name}.cypher: ${value} is not a known label or type`);
    return value;
  });
}
