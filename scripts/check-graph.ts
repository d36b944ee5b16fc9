// npm run check:graph: count every violation of the graph's invariants; exit 1 when there is one.
import { parseCli, runMain } from "../src/cli";
import { withConfiguredNeo4j } from "../src/db/wait";
import { progressBar } from "../src/progress";
import { checkGraph, GRAPH_CHECKS, totalViolations } from "../src/store/graph-check";

const HELP = `
Usage: npm run check:graph [-- --json]

Counts, in the graph Neo4j holds, every violation of Newsgraph's invariants, one line per rule:
${GRAPH_CHECKS.map((check) => `  ${check.name.padEnd(32)} ${check.rule}`).join("\n")}

Neo4j Community enforces unique ids and at most one SAID and one REPORTED_IN per statement with
constraints (cypher/schema.cypher); it has no existence constraints, so "at least one" and "evidence
on every relationship" are checked by the writing transaction, and counted here. Read-only.

Options:
  --json    print the counts as JSON (with up to five offending ids per rule)
  -h, --help

Exit status: 0 when every count is 0, 1 when any is not (or the check could not run).
Uses NEO4J_URI etc. (README.md); with NEO4J_URI unset it starts the local Neo4j if needed.
`;

const { values } = parseCli(HELP, { json: { type: "boolean" } });

runMain(() =>
  withConfiguredNeo4j(async (db) => {
    const bar = progressBar("check");
    let done = 0;
    const results = await checkGraph(db, () => bar.update(done++, GRAPH_CHECKS.length));
    bar.update(GRAPH_CHECKS.length, GRAPH_CHECKS.length);
    bar.stop();
    const total = totalViolations(results);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ violations: total, checks: results }, null, 2)}\n`);
    } else {
      for (const result of results) {
        const examples = result.examples.length > 0 ? `  e.g. ${result.examples.join(", ")}` : "";
        process.stdout.write(`${String(result.violations).padStart(7)}  ${result.rule}${examples}\n`);
      }
      process.stdout.write(`${total} violation${total === 1 ? "" : "s"}\n`);
    }
    if (total > 0) process.exitCode = 1;
  }),
);
