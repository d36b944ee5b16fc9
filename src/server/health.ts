// GET /health: 200 with Neo4j's version when the database answers, 503 with the reason when it does not.
import type { Request, Response } from "express";
import type { Database } from "../db/database";

export function healthHandler(db: Database) {
  return async (_req: Request, res: Response): Promise<void> => {
    try {
      const neo4j = await db.serverInfo();
      res.status(200).json({ status: "ok", neo4j });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      res.status(503).json({ status: "unavailable", reason: `Neo4j is not reachable: ${reason}` });
    }
  };
}
