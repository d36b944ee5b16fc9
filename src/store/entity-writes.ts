// Maintainers' writes of entities. Each runs in one transaction and checks before it writes; a create
// of a taken id is ALREADY_EXISTS, an update locks the entity and may name the version it expects.
import { cypher } from "../db/cypher";
import type { Database, Transaction } from "../db/database";
import { ChangeKind, EntityType, KINDS_BY_ENTITY_TYPE, ID_PREFIX, Label, slugify } from "../graph/model";
import { toEntity, type EntityNode } from "../graph/nodes";
import { AlreadyExistsError, InputError, NotFoundError } from "../errors";
import { entityRow, emptyBatch } from "../seed/graph-batch";
import { appendChanges } from "./changes";
import { createdOnce, writeBatch } from "./graph-loader";
import { expectKind, lockForUpdate, nodeIn, nodeKinds } from "./write-checks";

export interface EntityFields {
  name: string;
  aliases?: string[] | null;
  description?: string | null;
  kind?: string | null;
  country?: string | null;
  anonymous?: boolean | null;
}

export interface NewEntity extends EntityFields {
  id?: string | null;
  type: EntityType;
}

function checkKind(type: EntityType, kind: string | null | undefined): void {
  if (kind == null) return;
  const allowed = KINDS_BY_ENTITY_TYPE[type];
  if (!allowed) throw new InputError("kind", `a ${type} has no kind`);
  if (!allowed.includes(kind))
    throw new InputError("kind", `${kind} is not a ${type} kind (one of ${allowed.join(", ")})`);
}

/** Writes the entity's fields inside `tx` and returns it as written. */
async function writeEntity(
  tx: Transaction,
  type: EntityType,
  id: string,
  fields: EntityFields,
  creating: boolean,
): Promise<EntityNode> {
  checkKind(type, fields.kind);
  const kinds = await nodeKinds(tx, [id, ...(fields.country ? [fields.country] : [])]);
  if (creating && kinds.has(id)) throw new AlreadyExistsError("id", id);
  if (fields.country) expectKind(kinds, "country", fields.country, [EntityType.Place]);
  const batch = emptyBatch();
  batch.entities.push(
    entityRow({
      id,
      type,
      name: fields.name,
      aliases: [...new Set(fields.aliases ?? [])],
      description: fields.description ?? null,
      kind: fields.kind ?? null,
      country: fields.country ?? null,
      anonymous: fields.anonymous ?? false,
    }),
  );
  await writeBatch(tx, batch, { create: creating });
  const written = toEntity(await nodeIn(tx, Label.Entity, id));
  const kind = creating ? ChangeKind.ENTITY_ADDED : ChangeKind.ENTITY_UPDATED;
  await appendChanges(tx, [{ kind, subjectId: id, entityIds: [id] }]);
  return written;
}

export async function createEntity(db: Database, input: NewEntity): Promise<EntityNode> {
  const prefix = ID_PREFIX[input.type];
  const id = input.id ?? `${prefix}/${slugify(input.name)}`;
  if (!id.startsWith(`${prefix}/`))
    throw new InputError("id", `a ${input.type} id must start with ${prefix}/`);
  checkKind(input.type, input.kind);
  return createdOnce(
    "id",
    id,
    db.write((tx) => writeEntity(tx, input.type, id, input, true)),
  );
}

/** Replaces the given fields inside `tx`; fields left out keep the values the locked entity has. */
export async function updateEntityIn(
  tx: Transaction,
  id: string,
  changes: Partial<EntityFields>,
  expectedVersion?: number | null,
): Promise<EntityNode> {
  const current = toEntity(await lockForUpdate(tx, Label.Entity, id, expectedVersion));
  const merged: EntityFields = {
    name: changes.name ?? current.name,
    aliases: changes.aliases ?? current.aliases,
    description: changes.description !== undefined ? changes.description : current.description,
    kind: changes.kind !== undefined ? changes.kind : current.kind,
    country: changes.country !== undefined ? changes.country : current.country,
    anonymous: changes.anonymous ?? current.anonymous,
  };
  return writeEntity(tx, current.type, id, merged, false);
}

/** Replaces the given fields; fields left out keep their values. */
export function updateEntity(
  db: Database,
  id: string,
  changes: Partial<EntityFields>,
  expectedVersion?: number | null,
): Promise<EntityNode> {
  return db.write((tx) => updateEntityIn(tx, id, changes, expectedVersion));
}

export async function deleteEntity(db: Database, id: string): Promise<boolean> {
  return db.write(async (tx) => {
    const [row] = await tx.run<{ spoken: number }>(cypher("store/delete-entity"), { id });
    if (!row) throw new NotFoundError("id", id);
    if (row.spoken > 0) {
      throw new InputError(
        "id",
        `${id} is the speaker of ${row.spoken} statements: delete or reassign them first`,
      );
    }
    await appendChanges(tx, [{ kind: ChangeKind.ENTITY_DELETED, subjectId: id, entityIds: [id] }]);
    return true;
  });
}
