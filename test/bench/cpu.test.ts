// The benchmark's CPU readings: a process's CPU time grows with the work it does, and Neo4j's is read
// only when the API talks to the local server whose pid file it reads.
import { readFileSync } from "node:fs";
import path from "node:path";
import { cpuDuring, localNeo4jPid, processCpuMs } from "../../bench/cpu";
import { loadConfig } from "../../src/config";
import { TEST_SERVER } from "../support/test-server";

/** Works until this process has used `ms` more CPU milliseconds (by Node's own account), however long that takes. */
function spin(ms: number): number {
  const start = process.cpuUsage();
  let x = 0;
  for (;;) {
    for (let i = 0; i < 10_000; i += 1) x += Math.sqrt(x + i);
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return x;
  }
}

describe("processCpuMs", () => {
  it("counts the CPU a process spends working, as Node itself counts it, not the time it waits", async () => {
    const node = process.cpuUsage();
    const { cpuMs } = await cpuDuring([process.pid], async () => {
      spin(300);
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const used = process.cpuUsage(node);
    const byNode = (used.user + used.system) / 1000;
    // /proc counts in clock ticks (10 ms each), so the two agree to a few ticks; waiting adds nothing.
    expect(cpuMs[0]).toBeGreaterThanOrEqual(280);
    expect(Math.abs(cpuMs[0]! - byNode)).toBeLessThanOrEqual(40);
  });

  it("is undefined for a process it cannot see", () => {
    expect(processCpuMs(undefined)).toBeUndefined();
    expect(processCpuMs(2 ** 30)).toBeUndefined();
  });
});

describe("localNeo4jPid", () => {
  const env = { NEO4J_INSTANCE_DIR: TEST_SERVER.instanceDir };
  const local = loadConfig({
    NEO4J_BOLT_PORT: String(TEST_SERVER.boltPort),
    NEO4J_PASSWORD: TEST_SERVER.password,
  });

  it("is undefined when the API's URI points elsewhere", () => {
    for (const uri of ["neo4j+s://abc.databases.neo4j.io", "bolt://10.0.0.5:7688", "bolt://127.0.0.1:9999"]) {
      expect(localNeo4jPid({ ...local, neo4jUri: uri }, env)).toBeUndefined();
    }
  });

  // When the tests run on their own local server (not on a disposable database given by NEO4J_URI).
  const ownServer = process.env.NEWSGRAPH_TEST_DATABASE_DISPOSABLE === "1" ? it.skip : it;
  ownServer("finds the local test server's process from its pid file", () => {
    const pidFile = path.join(TEST_SERVER.instanceDir!, "run", "neo4j.pid");
    const pid = Number(readFileSync(pidFile, "utf8").trim());
    expect(localNeo4jPid({ ...local, neo4jUri: `bolt://127.0.0.1:${TEST_SERVER.boltPort}` }, env)).toBe(pid);
    expect(localNeo4jPid(local, env)).toBe(pid);
    expect(processCpuMs(pid)).toBeGreaterThan(0);
  });
});
