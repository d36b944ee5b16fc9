// The graph's invariants (npm run check:graph) asserted: every suite that writes calls this after its
// tests, and the global teardown once more at the end of the run.
import type { Database } from "../../src/db/database";
import { checkGraph, totalViolations } from "../../src/store/graph-check";

/** Throws, naming each broken rule with examples, unless every invariant holds. */
export async function expectGraphIntact(db: Database): Promise<void> {
  const results = await checkGraph(db);
  if (totalViolations(results) === 0) return;
  const broken = results
    .filter((result) => result.violations > 0)
    .map((result) => `${result.violations} × ${result.rule} (${result.name}): ${result.examples.join(", ")}`);
  throw new Error(`the graph breaks its invariants:\n${broken.join("\n")}`);
}
