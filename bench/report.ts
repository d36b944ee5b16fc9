// The benchmark's tables (Markdown, as README.md and bench/README.md show them) and its verdict on the
// targets, from the results of one run or of a results file.
import { IMPLEMENTATIONS, type Implementation, type OperationName } from "./operations";
import type { BenchResult } from "./run";

export const formatCpu = (value: number | null) => (value === null ? "–" : value.toFixed(2));
const formatRate = (value: number) =>
  value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en");
const ratio = (value: number) => `${value.toFixed(2)}×`;

/** A Markdown table, its first `left` columns aligned left and the others right. */
function markdownTable(header: string[], rows: string[][], left = 1): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i < left ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" | ")} |`;
  const rule = `|${widths.map((width, i) => (i < left ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** Every result on a line of its own. */
export function formatTable(results: BenchResult[]): string {
  const header = [
    "operation",
    "implementation",
    "statements",
    "p50 ms",
    "p99 ms",
    "req/s",
    "round trips",
    "server CPU ms/req",
    "Neo4j CPU ms/req",
  ];
  const rows = results.map((r) => [
    r.operation,
    r.implementation,
    String(r.statements),
    r.p50_ms.toFixed(2),
    r.p99_ms.toFixed(2),
    r.requests_per_s.toFixed(0),
    String(r.round_trips),
    formatCpu(r.server_cpu_ms),
    formatCpu(r.neo4j_cpu_ms),
  ]);
  return markdownTable(header, rows, 2);
}

type Lookup = (operation: OperationName, implementation: Implementation) => BenchResult | undefined;

function lookup(results: BenchResult[]): Lookup {
  return (operation, implementation) =>
    results.find((r) => r.operation === operation && r.implementation === implementation);
}

const operationsOf = (results: BenchResult[]) => [...new Set(results.map((r) => r.operation))];

/**
 * One scale's results side by side: p50 and requests/s of the three implementations, and Newsgraph's
 * ratios to the targets' references. A missing measurement shows as "–".
 */
export function comparisonTable(results: BenchResult[]): string {
  const find = lookup(results);
  const rows = operationsOf(results).map((operation) => {
    const [raw, ours, library] = IMPLEMENTATIONS.map((implementation) => find(operation, implementation));
    return [
      operation,
      ...[raw, ours, library].map((r) => (r ? r.p50_ms.toFixed(2) : "–")),
      ...[raw, ours, library].map((r) => (r ? formatRate(r.requests_per_s) : "–")),
      ours && library ? ratio(ours.requests_per_s / library.requests_per_s) : "–",
      ours && raw ? ratio(ours.p50_ms / raw.p50_ms) : "–",
    ];
  });
  const header = [
    "operation",
    ...IMPLEMENTATIONS.map((implementation) => `${implementation} p50`),
    ...IMPLEMENTATIONS.map((implementation) => `${implementation} req/s`),
    "newsgraph ÷ library req/s",
    "newsgraph p50 ÷ raw",
  ];
  return markdownTable(header, rows);
}

/** One scale's CPU milliseconds per request: the server's process and Neo4j, for each implementation. */
export function cpuTable(results: BenchResult[]): string {
  const find = lookup(results);
  const rows = operationsOf(results).map((operation) => {
    const measured = IMPLEMENTATIONS.map((implementation) => find(operation, implementation));
    return [
      operation,
      ...measured.map((r) => formatCpu(r?.server_cpu_ms ?? null)),
      ...measured.map((r) => formatCpu(r?.neo4j_cpu_ms ?? null)),
    ];
  });
  const header = [
    "operation",
    ...IMPLEMENTATIONS.map((implementation) => `${implementation} server`),
    ...IMPLEMENTATIONS.map((implementation) => `${implementation} Neo4j`),
  ];
  return markdownTable(header, rows);
}

/** Newsgraph against the targets: ≥ 1.5× the requests/s of @neo4j/graphql and p50 ≤ 1.5× raw. */
export function targetReport(results: BenchResult[]): string[] {
  const find = lookup(results);
  const lines: string[] = [];
  for (const operation of operationsOf(results)) {
    const ours = find(operation, "newsgraph");
    const library = find(operation, "neo4j-graphql");
    const raw = find(operation, "raw");
    if (!ours) continue;
    const parts: string[] = [];
    if (library) {
      const value = ours.requests_per_s / library.requests_per_s;
      parts.push(`${ratio(value)} the req/s of neo4j-graphql ${value >= 1.5 ? "(met)" : "(MISSED: ≥ 1.5×)"}`);
    }
    if (raw) {
      const value = ours.p50_ms / raw.p50_ms;
      parts.push(`p50 ${ratio(value)} raw ${value <= 1.5 ? "(met)" : "(MISSED: ≤ 1.5×)"}`);
    }
    lines.push(`${operation}: ${parts.join("; ")}`);
  }
  return lines;
}

/** For each scale in `results` (a results file may hold several): its tables and the targets. */
export function fullReport(results: BenchResult[]): string {
  const scales = [...new Set(results.map((r) => r.statements))].sort((a, b) => a - b);
  return scales
    .map((statements) => {
      const scale = results.filter((r) => r.statements === statements);
      return [
        `${statements.toLocaleString("en")} statements`,
        comparisonTable(scale),
        "CPU milliseconds per request (the server's process; Neo4j)",
        cpuTable(scale),
        targetReport(scale).join("\n"),
      ].join("\n\n");
    })
    .join("\n\n");
}
