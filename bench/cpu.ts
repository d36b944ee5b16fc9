// CPU time of the processes under test, read from Linux's /proc: on a host where Neo4j, the server
// and autocannon share the cores, requests/s moves ±30 % with the host's load while CPU milliseconds
// per request hardly move, and they say which side (the GraphQL server or Neo4j) a request costs.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { boltUri, type Config } from "../src/config";
import { PROJECT_ROOT } from "../src/paths";

let clockTicks: number | undefined;

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User plus system CPU milliseconds a process (all its threads) has used; undefined where /proc cannot tell. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, hence the last ")"): state is field 3,
    // utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The local Neo4j server of scripts/neo4j.sh (its pid file under NEO4J_INSTANCE_DIR) when the API's
 * URI points at it; undefined for a remote database, whose CPU this machine cannot see.
 */
export function localNeo4jPid(config: Config, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const uri = boltUri(config);
  const local = new RegExp(`^(bolt|neo4j)://(127\\.0\\.0\\.1|localhost):${config.localBoltPort}(/|$)`);
  if (!local.test(uri)) return undefined;
  const instance = path.resolve(PROJECT_ROOT, env.NEO4J_INSTANCE_DIR || path.join(".neo4j", "server"));
  try {
    const pid = Number(readFileSync(path.join(instance, "run", "neo4j.pid"), "utf8").trim());
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("CommunityEntryPoint") ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Measures what `work` costs each process in CPU milliseconds; undefined entries where unknown. */
export async function cpuDuring<T>(
  pids: (number | undefined)[],
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: (number | undefined)[] }> {
  const before = pids.map(processCpuMs);
  const result = await work();
  const cpuMs = pids.map((pid, i) => {
    const after = processCpuMs(pid);
    const start = before[i];
    return after === undefined || start === undefined ? undefined : after - start;
  });
  return { result, cpuMs };
}
