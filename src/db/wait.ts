// Waits for Neo4j to accept queries: a freshly started server or a cluster may need a few seconds.
import type { Database, ServerInfo } from "./database";

export async function waitForNeo4j(db: Database, timeoutMs = 60_000, intervalMs = 500): Promise<ServerInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await db.serverInfo();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
