import type { Server } from "node:http";
import type { Config } from "../../src/config";
import { createDriver, Database } from "../../src/db/database";
import { createApp } from "../../src/server/app";
import { silentLog } from "../support/api";
import { testConfig } from "../support/test-server";

interface HealthBody {
  status: string;
  reason?: string;
  neo4j?: { version: string; edition: string };
}

async function serve(config: Config, db: Database): Promise<{ url: string; close: () => Promise<void> }> {
  const { app, close } = await createApp(config, db, silentLog);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe("GET /health", () => {
  it("answers 200 with Neo4j's version when Neo4j is reachable", async () => {
    const config = testConfig();
    const db = new Database(createDriver(config), config.neo4jDatabase);
    const server = await serve(config, db);
    try {
      const response = await fetch(`${server.url}/health`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as HealthBody;
      expect(body.status).toBe("ok");
      expect(body.neo4j?.version).toMatch(/^5\./);
      expect(body.neo4j?.edition).toBe("community");
    } finally {
      await server.close();
      await db.driver.close();
    }
  });

  it("answers 503 with a reason when Neo4j is unreachable", async () => {
    // Port 1 on loopback: nothing listens there.
    const config = testConfig({ NEO4J_URI: "bolt://127.0.0.1:1" });
    const db = new Database(createDriver(config), config.neo4jDatabase);
    const server = await serve(config, db);
    try {
      const response = await fetch(`${server.url}/health`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as HealthBody;
      expect(body.status).toBe("unavailable");
      expect(body.reason).toMatch(/^Neo4j is not reachable: /);
    } finally {
      await server.close();
      await db.driver.close();
    }
  });
});
