// npm run utterances: group the statements of a graph ingested before utterances existed.
import { parseCli, runMain } from "../src/cli";
import { applySchema } from "../src/db/schema";
import { withConfiguredNeo4j } from "../src/db/wait";
import { progressBar } from "../src/progress";
import { groupUngroupedStatements } from "../src/store/utterances";

const HELP = `
Usage: npm run utterances [-- --batch <n>]

Groups every statement that is in no utterance yet into one (README.md, "Utterances"): a graph
ingested before utterances existed, the seed (npm run seed does not group), or one loaded some other
way. Ingestion and the statement mutations group as they write: after them this finds nothing to do.

Statements are taken earliest article first, each matched against the statements of the same
speaker grouped before it. Idempotent: a second run groups nothing. Maintainers' splits and joins
are never touched.

Options:
  --batch <n>  statements per transaction (default 200)
  -h, --help

Uses NEO4J_URI etc. (README.md); with NEO4J_URI unset it starts the local Neo4j if needed.
`;

const { values } = parseCli(HELP, { batch: { type: "string" } });

runMain(async () => {
  const batchSize = values.batch === undefined ? 200 : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("--batch must be a positive integer");
  await withConfiguredNeo4j(async (db) => {
    await applySchema(db);
    const bar = progressBar("grouping");
    const started = Date.now();
    const result = await groupUngroupedStatements(db, {
      batchSize,
      onProgress: ({ done, total }) => bar.update(done, total),
    });
    bar.stop();
    process.stdout.write(
      `grouped ${result.statements} statements (${result.utterancesFounded} new utterances) in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  });
});
