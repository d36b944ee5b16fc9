// Applies cypher/schema.cypher (constraints and indexes) and waits until the indexes are online.
import { cypher, splitStatements } from "./cypher";
import type { Database } from "./database";

export async function applySchema(db: Database): Promise<number> {
  const statements = splitStatements(cypher("schema"));
  // Schema commands cannot share a transaction with each other, so each runs on its own.
  for (const statement of statements) {
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run("CALL db.awaitIndexes(300)"));
  return statements.length;
}
