// GET /health: 200 with Neo4j's version when the database answers, 503 with the reason when it does not.
// It asks over a driver of its own (two connections), outside admission control and within
// HEALTH_TIMEOUT_MS, so that it answers promptly even while every query connection is busy or stuck.
import type { Request, Response } from "express";
import { createDriver, Database } from "../db/database";
import type { Config } from "../config";

export const HEALTH_TIMEOUT_MS = 1_000;

export interface HealthCheck {
  handler(req: Request, res: Response): Promise<void>;
  close(): Promise<void>;
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref();
  });
}

export function healthCheck(config: Config): HealthCheck {
  const driver = createDriver(config, { size: 2, acquisitionTimeoutMs: HEALTH_TIMEOUT_MS });
  const db = new Database(driver, config.neo4jDatabase).withTimeouts({
    readMs: HEALTH_TIMEOUT_MS,
    writeMs: HEALTH_TIMEOUT_MS,
  });
  return {
    async handler(_req, res) {
      try {
        const neo4j = await Promise.race([db.serverInfo(), timeout(HEALTH_TIMEOUT_MS)]);
        res.status(200).json({ status: "ok", neo4j });
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        res.status(503).json({ status: "unavailable", reason: `Neo4j is not reachable: ${reason}` });
      }
    },
    close: () => driver.close(),
  };
}
