// Tests that run the command-line tools or the extractor's worker threads need the compiled dist/: it is
// built once per test run (the flag lives in the environment, which every test file of the run shares).
import { execFileSync } from "node:child_process";
import { PROJECT_ROOT } from "../../src/paths";

const BUILT_FLAG = "NEWSGRAPH_TEST_BUILT";

export function buildOnce(): void {
  if (process.env[BUILT_FLAG] === "1") return;
  execFileSync("npm", ["run", "-s", "build"], { cwd: PROJECT_ROOT, stdio: "pipe" });
  process.env[BUILT_FLAG] = "1";
}
