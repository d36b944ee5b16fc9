// Maintainers' review of extracted facts: the queue of those under the confidence threshold, and
// accepting, rejecting (remembered, so re-ingesting does not bring them back) or correcting one.
import neo4j, { type Relationship } from "neo4j-driver";
import { cypher, cypherTemplate } from "../db/cypher";
import type { Database } from "../db/database";
import { kindOfId, Label } from "../graph/model";
import { toLink, type Link } from "../graph/nodes";
import { InputError, NotFoundError } from "../errors";
import { LINK_TEMPLATE_VALUES, parseLinkId } from "./link-writes";
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from "./pagination";

export interface ReviewEntry {
  id: string;
  /** Statement, Entity, or the relationship type. */
  kind: string;
  confidence: number;
}

export async function reviewQueue(db: Database, page: PageRequest): Promise<Page<ReviewEntry>> {
  const size = pageSize(page.first);
  const rows = await db.read<ReviewEntry>(cypher("store/review-queue"), {
    after: decodeCursor(page.after),
    limit: neo4j.int(size + 1),
  });
  return toPage(rows, size, (entry) => entry.id);
}

export async function countReviewQueue(db: Database): Promise<number> {
  const [row] = await db.read<{ total: number }>(cypher("store/review-queue-count"));
  return row.total;
}

/** How to find an extraction from its id: a node by label, or a relationship from its start node. */
function target(id: string): { nodeLabel: Label } | { relationship: ReturnType<typeof parseLinkId> } {
  const kind = kindOfId(id);
  if (kind === "Statement") return { nodeLabel: Label.Statement };
  if (kind !== undefined && kind !== "Article" && !id.includes("->")) return { nodeLabel: Label.Entity };
  return { relationship: parseLinkId(id) };
}

async function runReview(db: Database, action: "accept" | "reject", id: string): Promise<void> {
  const found = target(id);
  const done = await db.write(async (tx) => {
    if ("nodeLabel" in found) {
      const query = cypherTemplate(
        `store/review-${action}-node`,
        { label: found.nodeLabel },
        LINK_TEMPLATE_VALUES,
      );
      const [row] = await tx.run<{ done: number }>(query, { id });
      return row?.done ?? 0;
    }
    const { type, from, fromLabel } = found.relationship;
    const query = cypherTemplate(
      `store/review-${action}-relationship`,
      { type, fromLabel },
      LINK_TEMPLATE_VALUES,
    );
    const [row] = await tx.run<{ done: number }>(query, { id, from });
    return row?.done ?? 0;
  });
  if (done === 0) throw new NotFoundError("id", `${id} (an extraction; curated facts are not reviewed)`);
}

export function acceptExtraction(db: Database, id: string): Promise<void> {
  return runReview(db, "accept", id);
}

export function rejectExtraction(db: Database, id: string): Promise<void> {
  return runReview(db, "reject", id);
}

/** The relationship a review entry names, for showing it in the queue. */
export async function linkById(db: Database, id: string): Promise<Link | null> {
  const { type, from, fromLabel } = parseLinkId(id);
  const query = cypherTemplate("store/relationship-by-id", { type, fromLabel }, LINK_TEMPLATE_VALUES);
  const [row] = await db.read<{ relationship: Relationship; fromId: string; toId: string }>(query, {
    id,
    from,
  });
  return row ? toLink(row.relationship, row.fromId, row.toId) : null;
}

/** Corrections apply to statements and entities; a wrong relationship is rejected and linked anew. */
export function correctableKind(id: string): "Statement" | "Entity" {
  const found = target(id);
  if (!("nodeLabel" in found)) {
    throw new InputError(
      "id",
      "a relationship cannot be corrected: reject it and create the right one with link",
    );
  }
  return found.nodeLabel === Label.Statement ? "Statement" : "Entity";
}
