// Checks every maintainer write makes inside its transaction, before writing: ids exist and are of
// the right kind, evidence matches the article text, no LOCATED_IN cycle, the node is still at the
// version the caller read. Each failure names its field.
import type { Node } from "neo4j-driver";
import { cypher, cypherTemplate } from "../db/cypher";
import type { Transaction } from "../db/database";
import { EntityType, Label, RELATIONSHIP_ENDS, RelationshipType, type EndKind } from "../graph/model";
import { versionOf } from "../graph/nodes";
import { evidenceMismatch, type Evidence } from "../graph/provenance";
import { ConflictError, InputError, NotFoundError } from "../errors";

const LABELS: ReadonlySet<string> = new Set<string>(Object.values(Label));

/** The node ({{label}}) with this id as the transaction sees it, or NotFound naming `field`. */
export async function nodeIn(tx: Transaction, label: Label, id: string, field = "id"): Promise<Node> {
  const [row] = await tx.run<{ node: Node }>(cypherTemplate("store/node-by-id", { label }, LABELS), { id });
  if (!row) throw new NotFoundError(field, id);
  return row.node;
}

/**
 * Locks the node an update is about to change and returns it as it is once locked: concurrent updates
 * of one node run one after the other, each reading what the one before wrote. With `expectedVersion`,
 * refuses with CONFLICT when the node is no longer at the version the caller read.
 */
export async function lockForUpdate(
  tx: Transaction,
  label: Label,
  id: string,
  expectedVersion?: number | null,
): Promise<Node> {
  const [row] = await tx.run<{ node: Node }>(cypherTemplate("store/lock-node", { label }, LABELS), { id });
  if (!row) throw new NotFoundError("id", id);
  const version = versionOf(row.node.properties);
  if (expectedVersion != null && expectedVersion !== version)
    throw new ConflictError(id, expectedVersion, version);
  return row.node;
}

const ENTITY_LABELS = new Set<string>(Object.values(EntityType));

/** What each id names in the graph: an entity type, Statement, Article, or undefined when absent. */
export async function nodeKinds(tx: Transaction, ids: string[]): Promise<Map<string, EndKind | "Article">> {
  const rows = await tx.run<{ id: string; labels: string[] | null }>(cypher("store/node-kinds"), {
    ids: [...new Set(ids)],
  });
  const kinds = new Map<string, EndKind | "Article">();
  for (const row of rows) {
    if (!row.labels) continue;
    const entityType = row.labels.find((label) => ENTITY_LABELS.has(label));
    if (entityType) kinds.set(row.id, entityType as EntityType);
    else if (row.labels.includes(Label.Statement)) kinds.set(row.id, "Statement");
    else if (row.labels.includes(Label.Article)) kinds.set(row.id, "Article");
  }
  return kinds;
}

/** Throws unless `id` exists and is one of `allowed`. */
export function expectKind(
  kinds: Map<string, EndKind | "Article">,
  field: string,
  id: string,
  allowed: readonly (EndKind | "Article")[],
): void {
  const kind = kinds.get(id);
  if (kind === undefined) throw new NotFoundError(field, id);
  if (!allowed.includes(kind))
    throw new InputError(field, `${id} is a ${kind}; expected ${allowed.join(" or ")}`);
}

export function checkEnds(
  kinds: Map<string, EndKind | "Article">,
  type: RelationshipType,
  from: string,
  to: string,
): void {
  expectKind(kinds, "from", from, RELATIONSHIP_ENDS[type].from);
  expectKind(kinds, "to", to, RELATIONSHIP_ENDS[type].to);
  if (from === to) throw new InputError("to", `a ${type} cannot join ${from} to itself`);
}

export async function articleText(tx: Transaction, field: string, articleId: string): Promise<string> {
  const [row] = await tx.run<{ text: string }>(
    "MATCH (article:Article {id: $id}) RETURN article.text AS text",
    {
      id: articleId,
    },
  );
  if (!row) throw new NotFoundError(field, articleId);
  return row.text;
}

export function checkEvidence(field: string, text: string, evidence: Evidence): void {
  const mismatch = evidenceMismatch(text, evidence);
  if (mismatch) throw new InputError(field, mismatch);
}

export async function checkNoLocatedInCycle(tx: Transaction, from: string, to: string): Promise<void> {
  const [row] = await tx.run<{ cycle: boolean }>(cypher("store/located-in-path-exists"), { from, to });
  if (row?.cycle)
    throw new InputError(
      "to",
      `LOCATED_IN from ${from} to ${to} would make a cycle: ${to} already lies in ${from}`,
    );
}
