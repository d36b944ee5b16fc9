// The lifecycle of scripts/neo4j.sh on an instance of its own (ports 7689/7476), separate from the
// server the other tests use.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import {
  isLocalServerRunning,
  LocalServerError,
  resetLocalServer,
  startLocalServer,
  stopLocalServer,
  type LocalServerOptions,
} from "../../src/neo4j/local-server";
import { PROJECT_ROOT } from "../../src/paths";

const instanceDir = path.join(PROJECT_ROOT, ".neo4j", "lifecycle-test");
const server: LocalServerOptions = {
  boltPort: 7689,
  httpPort: 7476,
  password: "lifecycle-password",
  instanceDir,
  heap: "512m",
  pageCache: "128m",
};
const pidFile = path.join(instanceDir, "run", "neo4j.pid");

async function query<T>(cypher: string): Promise<T[]> {
  const driver = neo4j.driver(
    `bolt://127.0.0.1:${server.boltPort}`,
    neo4j.auth.basic("neo4j", server.password),
    {
      disableLosslessIntegers: true,
    },
  );
  try {
    const result = await driver.executeQuery(cypher);
    return result.records.map((record) => record.toObject() as T);
  } finally {
    await driver.close();
  }
}

function javaProcessesOfInstance(): string[] {
  const out = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" });
  return out.split("\n").filter((line) => line.includes("CommunityEntryPoint") && line.includes(instanceDir));
}

/** A test that starts the JVM twice: on a busy 2-core machine each start may take half a minute or more. */
const TWO_STARTS_MS = 180_000;

describe("scripts/neo4j.sh", () => {
  beforeAll(() => {
    if (isLocalServerRunning(server)) stopLocalServer(server);
    rmSync(instanceDir, { recursive: true, force: true });
  });
  afterAll(() => {
    stopLocalServer(server);
    rmSync(instanceDir, { recursive: true, force: true });
  });

  it("starts a real Neo4j 5 Community server that answers on Bolt", async () => {
    expect(startLocalServer(server)).toBe(true);
    expect(isLocalServerRunning(server)).toBe(true);
    const [kernel] = await query<{ name: string; versions: string[]; edition: string }>(
      "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition",
    );
    expect(kernel.name).toBe("Neo4j Kernel");
    expect(kernel.versions[0]).toMatch(/^5\./);
    expect(kernel.edition).toBe("community");
  });

  it("serves Neo4j Browser over HTTP", async () => {
    const response = await fetch(`http://127.0.0.1:${server.httpPort}/browser/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>Neo4j Browser</title>");
  });

  it("treats start on a running server as a no-op", () => {
    const pid = javaProcessesOfInstance();
    expect(startLocalServer(server)).toBe(false);
    expect(javaProcessesOfInstance()).toEqual(pid);
  });

  it(
    "stops cleanly, leaving no java process, and keeps the data for the next start",
    async () => {
      await query("CREATE (:LifecycleProbe {id: 'kept'})");
      stopLocalServer(server);
      expect(isLocalServerRunning(server)).toBe(false);
      expect(javaProcessesOfInstance()).toEqual([]);
      expect(existsSync(pidFile)).toBe(false);

      expect(startLocalServer(server)).toBe(true);
      const rows = await query<{ id: string }>("MATCH (n:LifecycleProbe) RETURN n.id AS id");
      expect(rows).toEqual([{ id: "kept" }]);
    },
    TWO_STARTS_MS,
  );

  it("recovers from a stale pid file", () => {
    stopLocalServer(server);
    mkdirSync(path.dirname(pidFile), { recursive: true });
    writeFileSync(pidFile, "999999\n");
    expect(isLocalServerRunning(server)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
  });

  it("refuses to start when its port is taken, with a message naming the port", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(server.boltPort, "127.0.0.1", resolve));
    try {
      expect(() => startLocalServer(server)).toThrow(LocalServerError);
      expect(() => startLocalServer(server)).toThrow(/port 7689 .* already in use/);
      expect(javaProcessesOfInstance()).toEqual([]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it(
    "reset deletes the data",
    async () => {
      expect(startLocalServer(server)).toBe(true);
      resetLocalServer(server);
      expect(startLocalServer(server)).toBe(true);
      expect(await query("MATCH (n:LifecycleProbe) RETURN n")).toEqual([]);
    },
    TWO_STARTS_MS,
  );
});
