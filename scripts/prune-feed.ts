// npm run feed:prune: delete the change feed's entries older than a number of days.
import { parseCli, runMain } from "../src/cli";
import { withConfiguredNeo4j } from "../src/db/wait";
import { pruneChanges } from "../src/store/changes";

const DEFAULT_DAYS = 30;

const HELP = `
Usage: npm run feed:prune [-- --older-than-days N]

Deletes the change feed's entries (what Query.changes and the statementAdded subscription read)
written more than N days ago (default ${DEFAULT_DAYS}), oldest first, in transactions of 10,000. The
feed keeps everything until this runs: run it daily (cron, a Kubernetes CronJob) to bound it to N
days. A client whose cursor points before the deleted entries gets CURSOR_EXPIRED and starts again
from the current state; every other cursor stays valid. The graph itself is not touched.

Options:
  --older-than-days N   entries older than this many days are deleted (a whole number, 0 or more)
  -h, --help

Uses NEO4J_URI etc. (README.md); with NEO4J_URI unset it starts the local Neo4j if needed.
`;

const { values } = parseCli(HELP, { "older-than-days": { type: "string" } });

runMain(async () => {
  const raw = values["older-than-days"] ?? String(DEFAULT_DAYS);
  if (!/^\d+$/.test(raw)) throw new Error(`--older-than-days must be a whole number of days, got "${raw}"`);
  const days = Number(raw);
  const before = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  await withConfiguredNeo4j(async (db) => {
    process.stdout.write(`pruning the change feed's entries written before ${before.toISOString()}\n`);
    const deleted = await pruneChanges(db, before, (total) => process.stdout.write(`  ${total} deleted\r`));
    process.stdout.write(`\n${deleted} entr${deleted === 1 ? "y" : "ies"} deleted\n`);
  });
});
