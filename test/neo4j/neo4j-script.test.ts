// scripts/neo4j.sh explains itself and says what to install when Java is missing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NEO4J_SCRIPT } from "../../src/paths";

describe("scripts/neo4j.sh", () => {
  it("prints its usage on --help", () => {
    const result = spawnSync("bash", [NEO4J_SCRIPT, "--help"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: scripts\/neo4j\.sh <command>/);
    for (const command of ["start", "stop", "status", "reset"])
      expect(result.stdout).toContain(`  ${command} `);
  });

  it("refuses an unknown command with exit code 2", () => {
    expect(spawnSync("bash", [NEO4J_SCRIPT, "launch"], { encoding: "utf8" }).status).toBe(2);
  });

  it("says what to install, or to set NEO4J_URI, when Java is missing", () => {
    // A PATH with the shell tools the script uses, but no java.
    const bin = mkdtempSync(path.join(os.tmpdir(), "newsgraph-nojava-"));
    try {
      for (const tool of [
        "bash",
        "cat",
        "sed",
        "grep",
        "head",
        "mkdir",
        "rm",
        "dirname",
        "sleep",
        "kill",
        "tail",
      ]) {
        const found = spawnSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
        if (found) symlinkSync(found, path.join(bin, tool));
      }
      const result = spawnSync(path.join(bin, "bash"), [NEO4J_SCRIPT, "start"], {
        encoding: "utf8",
        env: {
          PATH: bin,
          NEO4J_INSTANCE_DIR: path.join(bin, "instance"),
          NEO4J_BOLT_PORT: "7740",
          NEO4J_HTTP_PORT: "7741",
        },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/Java 17 or newer is needed/);
      expect(result.stderr).toMatch(/apt-get install openjdk-17-jre-headless/);
      expect(result.stderr).toMatch(/NEO4J_URI/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
