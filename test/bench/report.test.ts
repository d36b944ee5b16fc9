// The benchmark's tables and verdicts, from results made up for the purpose.
import { comparisonTable, cpuTable, fullReport, targetReport } from "../../bench/report";
import type { BenchResult } from "../../bench/run";
import type { Implementation, OperationName } from "../../bench/operations";

function result(
  operation: OperationName,
  implementation: Implementation,
  p50: number,
  rate: number,
  statements = 1000,
): BenchResult {
  return {
    operation,
    implementation,
    statements,
    p50_ms: p50,
    p99_ms: p50 * 2,
    requests_per_s: rate,
    round_trips: 1,
    server_cpu_ms: implementation === "raw" ? 1 : 2.5,
    neo4j_cpu_ms: null,
  };
}

const RESULTS = [
  result("whoSaid", "raw", 10, 800),
  result("whoSaid", "newsgraph", 20, 400),
  result("whoSaid", "neo4j-graphql", 16, 500),
  result("neighbourhood", "raw", 4, 2000),
  result("neighbourhood", "newsgraph", 5, 1600),
  result("neighbourhood", "neo4j-graphql", 30, 300),
];

const rowOf = (table: string, operation: string) =>
  table
    .split("\n")
    .find((line) => line.startsWith(`| ${operation} `))!
    .split("|")
    .slice(1, -1)
    .map((cell) => cell.trim());

describe("benchmark report", () => {
  it("puts the three implementations side by side with Newsgraph's ratios", () => {
    const table = comparisonTable(RESULTS);
    expect(rowOf(table, "whoSaid")).toEqual([
      "whoSaid",
      "10.00",
      "20.00",
      "16.00",
      "800",
      "400",
      "500",
      "0.80×",
      "2.00×",
    ]);
    expect(rowOf(table, "neighbourhood")).toEqual([
      "neighbourhood",
      "4.00",
      "5.00",
      "30.00",
      "2,000",
      "1,600",
      "300",
      "5.33×",
      "1.25×",
    ]);
  });

  it("shows a measurement that is not there as –", () => {
    const table = comparisonTable(RESULTS.filter((r) => r.implementation !== "neo4j-graphql"));
    expect(rowOf(table, "whoSaid").slice(3)).toEqual(["–", "800", "400", "–", "–", "2.00×"]);
    expect(rowOf(cpuTable(RESULTS), "whoSaid")).toEqual(["whoSaid", "1.00", "2.50", "2.50", "–", "–", "–"]);
  });

  it("says which targets each operation met", () => {
    expect(targetReport(RESULTS)).toEqual([
      "whoSaid: 0.80× the req/s of neo4j-graphql (MISSED: ≥ 1.5×); p50 2.00× raw (MISSED: ≤ 1.5×)",
      "neighbourhood: 5.33× the req/s of neo4j-graphql (met); p50 1.25× raw (met)",
    ]);
  });

  it("reports each scale of a results file on its own, smallest first", () => {
    const report = fullReport([...RESULTS.map((r) => ({ ...r, statements: 100_000 })), ...RESULTS]);
    const headings = report.split("\n").filter((line) => / statements$/.test(line));
    expect(headings).toEqual(["1,000 statements", "100,000 statements"]);
  });
});
