// Runs a local server's lifecycle script (scripts/neo4j.sh, scripts/corenlp.sh) from Node: its output
// goes to the user ("inherit") or comes back for an error message ("pipe").
import { spawnSync } from "node:child_process";

export type ScriptOutput = "inherit" | "pipe";

export function runServiceScript(
  script: string,
  command: string,
  env: NodeJS.ProcessEnv,
  stdio: ScriptOutput = "pipe",
): { status: number; output: string } {
  const result = spawnSync("bash", [script, command], {
    env: { ...process.env, ...env },
    stdio: stdio === "inherit" ? ["ignore", "inherit", "inherit"] : "pipe",
    encoding: "utf8",
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
  return { status: result.status ?? 1, output };
}
