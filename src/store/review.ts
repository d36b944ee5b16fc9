// Maintainers' review of extracted facts: the queue of those under the confidence threshold, and
// accepting, rejecting (remembered, so re-ingesting does not bring them back) or correcting one.
import neo4j, { type Relationship } from "neo4j-driver";
import { cypher, cypherTemplate } from "../db/cypher";
import type { Database } from "../db/database";
import { ChangeKind, kindOfId, Label, Origin, RelationshipType, type StatementKind } from "../graph/model";
import { toLink, type EntityNode, type Link } from "../graph/nodes";
import { InputError, NotFoundError } from "../errors";
import { appendChanges, entityEnds } from "./changes";
import { entitiesByIds } from "./entities";
import { keptEntityIds } from "./entity-merges";
import { updateEntityIn } from "./entity-writes";
import { LINK_TEMPLATE_VALUES, parseLinkId } from "./link-writes";
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from "./pagination";
import { updateStatementIn } from "./statement-writes";
import { lockForUpdate } from "./write-checks";

export interface ReviewEntry {
  id: string;
  /** Statement, Entity, or the relationship type. */
  kind: string;
  confidence: number;
  /** An ambiguous name's entity: the known entities it may be; empty otherwise. */
  candidates: EntityNode[];
}

export async function reviewQueue(db: Database, page: PageRequest): Promise<Page<ReviewEntry>> {
  const size = pageSize(page.first);
  const rows = await db.read<Omit<ReviewEntry, "candidates"> & { candidateIds: string[] }>(
    cypher("store/review-queue"),
    { after: decodeCursor(page.after), limit: neo4j.int(size + 1) },
  );
  // A candidate merged since is shown as the entity it became ("Obama" → Barack Obama), once.
  const kept = await keptEntityIds(db, [...new Set(rows.flatMap((row) => row.candidateIds))]);
  const entities = await entitiesByIds(db, [...new Set(kept.values())]);
  const entries = rows.map(({ candidateIds, ...row }) => {
    const ids = [...new Set(candidateIds.map((id) => kept.get(id) ?? id))].sort();
    const candidates = ids.flatMap((id) => entities.get(id) ?? []);
    return { ...row, candidates };
  });
  return toPage(entries, size, (entry) => entry.id);
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

async function runReview(db: Database, action: "accept" | "reject", id: string): Promise<boolean> {
  const found = target(id);
  if (action === "reject" && "relationship" in found && found.relationship.type === RelationshipType.SAID) {
    throw new InputError(
      "id",
      "a statement keeps exactly one speaker: reject the statement, or correct its speaker with correctExtraction",
    );
  }
  return db.write(async (tx) => {
    if (action === "reject" && "nodeLabel" in found && found.nodeLabel === Label.Entity) {
      const [row] = await tx.run<{ spoken: number }>(cypher("store/curated-statements-of-speaker"), { id });
      if (row && row.spoken > 0) {
        throw new InputError(
          "id",
          `${id} speaks ${row.spoken} curated statements: correct their speaker before rejecting it`,
        );
      }
    }
    let query: string;
    let params: Record<string, string> = { id };
    if ("nodeLabel" in found) {
      query = cypherTemplate(`store/review-${action}-node`, { label: found.nodeLabel }, LINK_TEMPLATE_VALUES);
    } else {
      const { type, from, fromLabel } = found.relationship;
      query = cypherTemplate(
        `store/review-${action}-relationship`,
        { type, fromLabel },
        LINK_TEMPLATE_VALUES,
      );
      params = { id, from };
    }
    const [row] = await tx.run<{ done: number }>(query, params);
    if (!row || row.done === 0) {
      throw new NotFoundError("id", `${id} (an extraction; curated facts are not reviewed)`);
    }
    const kind = action === "accept" ? ChangeKind.EXTRACTION_ACCEPTED : ChangeKind.EXTRACTION_REJECTED;
    const ends = "nodeLabel" in found ? [id] : [found.relationship.from, found.relationship.to];
    await appendChanges(tx, [{ kind, subjectId: id, entityIds: entityEnds(...ends) }]);
    return true;
  });
}

export function acceptExtraction(db: Database, id: string): Promise<boolean> {
  return runReview(db, "accept", id);
}

export function rejectExtraction(db: Database, id: string): Promise<boolean> {
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
function correctableKind(id: string): "Statement" | "Entity" {
  const found = target(id);
  if (!("nodeLabel" in found)) {
    throw new InputError(
      "id",
      "a relationship cannot be corrected: reject it and create the right one with link",
    );
  }
  return found.nodeLabel === Label.Statement ? "Statement" : "Entity";
}

/** A maintainer's correction: statements take the first four fields, entities the last two. */
export interface Correction {
  speaker?: string;
  kind?: StatementKind;
  text?: string;
  saidOn?: string;
  name?: string;
  aliases?: string[];
}

const CORRECTABLE: Record<"Statement" | "Entity", (keyof Correction)[]> = {
  Statement: ["speaker", "kind", "text", "saidOn"],
  Entity: ["name", "aliases"],
};

/**
 * Corrects an extracted statement or entity in one transaction: the fact becomes curated, so
 * re-ingesting its article keeps it. Refuses fields the kind does not have, curated facts, and (with
 * `expectedVersion`) a fact that changed since the maintainer read it.
 */
export function correctExtraction(
  db: Database,
  id: string,
  correction: Correction,
  expectedVersion?: number | null,
): Promise<ReviewEntry> {
  const kind = correctableKind(id);
  const given = (Object.keys(correction) as (keyof Correction)[]).filter((key) => correction[key] != null);
  const foreign = given.find((key) => !CORRECTABLE[kind].includes(key));
  if (foreign) throw new InputError(foreign, `a ${kind} has no ${foreign} to correct`);
  if (given.length === 0) {
    throw new InputError("input", `give at least one of ${CORRECTABLE[kind].join(", ")}`);
  }
  return db.write(async (tx) => {
    const label = kind === "Statement" ? Label.Statement : Label.Entity;
    const locked = await lockForUpdate(tx, label, id, expectedVersion);
    if (locked.properties.origin !== Origin.EXTRACTED) {
      throw new InputError(
        "id",
        `${id} is not an extraction (curated facts are changed with updateStatement/updateEntity)`,
      );
    }
    const { speaker, kind: statementKind, text, saidOn, name, aliases } = correction;
    if (kind === "Statement") await updateStatementIn(tx, id, { speaker, kind: statementKind, text, saidOn });
    else await updateEntityIn(tx, id, { name, aliases });
    await appendChanges(tx, [
      { kind: ChangeKind.EXTRACTION_CORRECTED, subjectId: id, entityIds: entityEnds(id) },
    ]);
    const entry: ReviewEntry = { id, kind, confidence: 1, candidates: [] };
    return entry;
  });
}
