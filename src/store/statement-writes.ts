// Maintainers' writes of statements. Each runs in one transaction and checks before it writes: the
// speaker, relays and mentioned entities exist, and the evidence matches the article's text. A create
// of a taken id is ALREADY_EXISTS; an update locks the statement and may name the version it expects.
import { cypher } from "../db/cypher";
import type { Database, Transaction } from "../db/database";
import { ChangeKind, Label, RELATIONSHIP_ENDS, slugify, type StatementKind } from "../graph/model";
import { toStatement, type StatementNode } from "../graph/nodes";
import type { Evidence } from "../graph/provenance";
import { AlreadyExistsError, InputError, NotFoundError } from "../errors";
import { emptyBatch, statementRelationshipRows, statementRow } from "../seed/graph-batch";
import type { StatementRecord } from "../seed/records";
import { appendChanges } from "./changes";
import { createdOnce, writeBatch } from "./graph-loader";
import { groupStatement, withEmptyUtterancesDropped } from "./utterances";
import { articleText, checkEvidence, expectKind, lockForUpdate, nodeIn, nodeKinds } from "./write-checks";

export interface StatementFields {
  speaker: string;
  kind: StatementKind;
  text: string;
  saidOn?: string | null;
  verification?: string | null;
  via?: string[] | null;
  mentions?: string[] | null;
  evidence: Evidence;
}

export interface NewStatement extends StatementFields {
  id?: string | null;
  articleId: string;
}

/** Writes the statement with its speaker, relays and mentions inside `tx`; returns it as written. */
async function writeStatement(
  tx: Transaction,
  id: string,
  articleId: string,
  fields: StatementFields,
  creating: boolean,
): Promise<StatementNode> {
  const via = fields.via ?? [];
  const mentions = [...new Set(fields.mentions ?? [])];
  const kinds = await nodeKinds(tx, [id, fields.speaker, ...via, ...mentions]);
  if (creating && kinds.has(id)) throw new AlreadyExistsError("id", id);
  expectKind(kinds, "speaker", fields.speaker, RELATIONSHIP_ENDS.SAID.from);
  via.forEach((entity, i) => expectKind(kinds, `via[${i}]`, entity, RELATIONSHIP_ENDS.VIA.to));
  mentions.forEach((entity, i) => expectKind(kinds, `mentions[${i}]`, entity, RELATIONSHIP_ENDS.MENTIONS.to));
  checkEvidence("evidence", await articleText(tx, "articleId", articleId), fields.evidence);
  if (!creating) {
    // The speaker, relays and mentions are replaced, not added to.
    await tx.run(cypher("store/clear-statement-links"), { id });
  }
  const record: StatementRecord = { id, ...fields, via, mentions, figures: [] };
  const batch = emptyBatch();
  batch.statements.push(statementRow(articleId, record));
  batch.relationships.push(...statementRelationshipRows(articleId, record));
  await writeBatch(tx, batch, { create: creating });
  // A new statement joins its utterance; a changed one is grouped again (src/store/utterances.ts).
  await groupStatement(tx, id, { regroup: !creating });
  const written = toStatement(await nodeIn(tx, Label.Statement, id));
  await appendChanges(tx, [
    {
      kind: creating ? ChangeKind.STATEMENT_ADDED : ChangeKind.STATEMENT_UPDATED,
      subjectId: id,
      articleId,
      entityIds: [fields.speaker, ...via, ...mentions],
    },
  ]);
  return written;
}

export async function createStatement(db: Database, input: NewStatement): Promise<StatementNode> {
  const articleSlug = input.articleId.replace(/^article\//, "");
  const id =
    input.id ?? `statement/${articleSlug}/${slugify(input.text).slice(0, 60)}-${input.evidence.start}`;
  if (!id.startsWith("statement/")) throw new InputError("id", "a statement id must start with statement/");
  return createdOnce(
    "id",
    id,
    db.write((tx) => writeStatement(tx, id, input.articleId, input, true)),
  );
}

/** Replaces the given fields inside `tx`; fields left out keep the values the locked statement has. */
export async function updateStatementIn(
  tx: Transaction,
  id: string,
  changes: Partial<StatementFields>,
  expectedVersion?: number | null,
): Promise<StatementNode> {
  const current = toStatement(await lockForUpdate(tx, Label.Statement, id, expectedVersion));
  const [links] = await tx.run<{ speaker: string; via: string[]; mentions: string[] }>(
    cypher("store/statement-links"),
    { id },
  );
  if (!links) throw new NotFoundError("id", `${id} (its speaker)`);
  const fields: StatementFields = {
    speaker: changes.speaker ?? links.speaker,
    kind: changes.kind ?? current.kind,
    text: changes.text ?? current.text,
    saidOn: changes.saidOn !== undefined ? changes.saidOn : current.saidOn,
    verification: changes.verification !== undefined ? changes.verification : current.verification,
    via: changes.via ?? links.via,
    mentions: changes.mentions ?? links.mentions,
    evidence: changes.evidence ?? current.evidence,
  };
  return writeStatement(tx, id, current.evidence.articleId, fields, false);
}

/** Replaces the given fields; fields left out keep their values. */
export function updateStatement(
  db: Database,
  id: string,
  changes: Partial<StatementFields>,
  expectedVersion?: number | null,
): Promise<StatementNode> {
  return db.write((tx) => updateStatementIn(tx, id, changes, expectedVersion));
}

export async function deleteStatement(db: Database, id: string): Promise<boolean> {
  return db.write(async (tx) => {
    const [row] = await withEmptyUtterancesDropped(tx, { statementId: id }, () =>
      tx.run<{ deleted: number }>(cypher("store/delete-statement"), { id }),
    );
    if (!row || row.deleted === 0) throw new NotFoundError("id", id);
    await appendChanges(tx, [{ kind: ChangeKind.STATEMENT_DELETED, subjectId: id }]);
    return true;
  });
}
