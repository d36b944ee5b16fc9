// npm run bench:generate: writes the synthetic benchmark graph through the product loader.
import { DEFAULT_CHUNK_SIZE, DEFAULT_SEED, loadSyntheticGraph } from "../bench/generate";
import { parseCli, runMain } from "../src/cli";
import { withConfiguredNeo4j } from "../src/db/wait";
import { progressBar } from "../src/progress";

const HELP = `
Usage: npm run bench:generate -- --statements N [--seed S] [--reset] [--chunk N]

Generates a synthetic but realistic news graph — persons, organizations, a place hierarchy
(continent > country > oblast > city > village), facilities, and N statements with SAID, VIA,
MENTIONS, DISPUTES, CONFIRMS, STRUCK and LOCATED_IN, Zipf-like speaker popularity, each fact with
exact evidence in a synthetic article — and writes it with the same loader as the seed, one
transaction per chunk. Prints the load throughput in statements per second.

Options:
  --statements N   how many statements (required; e.g. 1000, 100000, 1000000)
  --seed S         random seed: the same seed builds the same graph        [${DEFAULT_SEED}]
  --reset          delete the whole graph first (in transactions of 10,000 nodes)
  --chunk N        statements per transaction                                [${DEFAULT_CHUNK_SIZE}]
  -h, --help

Uses NEO4J_URI etc. (README.md); with NEO4J_URI unset it starts the local Neo4j if needed.
Without --reset the graph is merged into what the database holds (ids make loading idempotent).
`;

const { values } = parseCli(HELP, {
  statements: { type: "string" },
  seed: { type: "string" },
  reset: { type: "boolean" },
  chunk: { type: "string" },
});

function positiveInteger(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  const value = Number(raw);
  if (raw === undefined || !Number.isInteger(value) || value < 1) {
    process.stderr.write(`--${name} must be a positive integer, got ${raw ?? "nothing"}\n\n${HELP.trim()}\n`);
    process.exit(2);
  }
  return value;
}

const statements = positiveInteger("statements", values.statements);
const seed = positiveInteger("seed", values.seed, DEFAULT_SEED);
const chunkSize = positiveInteger("chunk", values.chunk, DEFAULT_CHUNK_SIZE);

runMain(() =>
  withConfiguredNeo4j(async (db) => {
    if (values.reset) process.stderr.write("deleting the current graph…\n");
    const bar = progressBar("statements");
    const report = await loadSyntheticGraph(db, {
      statements,
      seed,
      chunkSize,
      reset: values.reset,
      onProgress: (done, total) => bar.update(done, total),
    });
    bar.stop();
    process.stdout.write(
      `loaded ${report.entities} entities, ${report.articles} articles, ${report.statements} statements, ` +
        `${report.relationships} relationships in ${report.seconds.toFixed(1)} s: ` +
        `${Math.round(report.statementsPerSecond)} statements/s\n`,
    );
  }),
);
