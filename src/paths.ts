// Where the project's files live, whether the code runs from src/ (ts-jest) or from dist/ (npm start).
import { existsSync } from "node:fs";
import path from "node:path";

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "package.json")) || !existsSync(path.join(dir, "cypher"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no Newsgraph project root above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");
export const SEED_DIR = path.join(PROJECT_ROOT, "seed");
export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema", "schema.graphql");
export const NEO4J_SCRIPT = path.join(PROJECT_ROOT, "scripts", "neo4j.sh");
export const CORENLP_SCRIPT = path.join(PROJECT_ROOT, "scripts", "corenlp.sh");
