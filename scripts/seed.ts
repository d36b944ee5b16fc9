// npm run seed: validate and load the curated seed graph.
import { parseCli, runMain } from "../src/cli";
import { applySchema } from "../src/db/schema";
import { withConfiguredNeo4j } from "../src/db/wait";
import { SEED_DIR } from "../src/paths";
import { progressBar } from "../src/progress";
import { loadSeed } from "../src/seed/load-seed";
import { readSeed } from "../src/seed/read";
import { validateSeed } from "../src/seed/validate";

const HELP = `
Usage: npm run seed [-- --reset] [-- --check]

Validates seed/ (entities.json, articles/*.json and their texts) and loads it into Neo4j in one
transaction: a single bad record is reported with its file, record and field, and nothing is written.
Loading twice changes nothing (every node and relationship is merged on its id).

Options:
  --reset   delete the whole graph first (in the same transaction), so it is exactly the seed
  --check   validate only; do not connect to Neo4j
  -h, --help

Uses NEO4J_URI etc. (README.md); with NEO4J_URI unset it starts the local Neo4j if needed.
`;

const { values } = parseCli(HELP, { reset: { type: "boolean" }, check: { type: "boolean" } });

runMain(async () => {
  if (values.check) {
    const bundle = readSeed(SEED_DIR);
    validateSeed(bundle);
    const statements = bundle.articles.reduce((sum, article) => sum + article.record.statements.length, 0);
    process.stdout.write(
      `seed is valid: ${bundle.entities.length} entities, ${bundle.articles.length} articles, ${statements} statements\n`,
    );
    return;
  }
  await withConfiguredNeo4j(async (db) => {
    await applySchema(db);
    const bar = progressBar("seed");
    const counts = await loadSeed(db, {
      reset: values.reset,
      onStep: (step) => process.stderr.write(`${step}…\n`),
      onProgress: (done, total) => bar.update(done, total),
    });
    bar.stop();
    process.stdout.write(
      `loaded ${counts.entities} entities, ${counts.articles} articles, ${counts.statements} statements, ` +
        `${counts.relationships} relationships${values.reset ? " (graph reset first)" : ""}\n`,
    );
  });
});
