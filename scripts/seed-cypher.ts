// npm run seed:cypher: regenerate cypher/seed.cypher from seed/.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseCli, runMain } from "../src/cli";
import { CYPHER_DIR, SEED_DIR } from "../src/paths";
import { readSeed } from "../src/seed/read";
import { renderSeedCypher } from "../src/seed/seed-cypher";
import { validateSeed } from "../src/seed/validate";

const HELP = `
Usage: npm run seed:cypher

Validates seed/ and writes cypher/seed.cypher: the constraints, indexes and the whole seed graph as
one Cypher script, for Neo4j Browser or cypher-shell users who want the graph without the app.
A test fails when the committed file is not what this command writes.
`;

parseCli(HELP, {});

runMain(async () => {
  const bundle = readSeed(SEED_DIR);
  validateSeed(bundle);
  const target = path.join(CYPHER_DIR, "seed.cypher");
  writeFileSync(target, renderSeedCypher(bundle));
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
});
