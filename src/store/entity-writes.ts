// Maintainers' writes of entities. Each runs in one transaction and checks before it writes.
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import { EntityType, KINDS_BY_ENTITY_TYPE, ID_PREFIX, slugify } from "../graph/model";
import type { EntityNode } from "../graph/nodes";
import { InputError, NotFoundError } from "../errors";
import { entityRow, emptyBatch } from "../seed/graph-batch";
import { entitiesByIds } from "./entities";
import { writeBatch } from "./graph-loader";
import { expectKind, nodeKinds } from "./write-checks";

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

async function writeEntity(
  db: Database,
  type: EntityType,
  id: string,
  fields: EntityFields,
  creating: boolean,
): Promise<EntityNode> {
  checkKind(type, fields.kind);
  await db.write(async (tx) => {
    const kinds = await nodeKinds(tx, [id, ...(fields.country ? [fields.country] : [])]);
    if (creating && kinds.has(id)) throw new InputError("id", `${id} already exists`);
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
    await writeBatch(tx, batch);
  });
  const written = (await entitiesByIds(db, [id])).get(id);
  if (!written) throw new Error(`entity ${id} was not written`);
  return written;
}

export async function createEntity(db: Database, input: NewEntity): Promise<EntityNode> {
  const prefix = ID_PREFIX[input.type];
  const id = input.id ?? `${prefix}/${slugify(input.name)}`;
  if (!id.startsWith(`${prefix}/`))
    throw new InputError("id", `a ${input.type} id must start with ${prefix}/`);
  return writeEntity(db, input.type, id, input, true);
}

/** Replaces the given fields; fields left out keep their values. */
export async function updateEntity(
  db: Database,
  id: string,
  changes: Partial<EntityFields>,
): Promise<EntityNode> {
  const current = (await entitiesByIds(db, [id])).get(id);
  if (!current) throw new NotFoundError("id", id);
  const merged: EntityFields = {
    name: changes.name ?? current.name,
    aliases: changes.aliases ?? current.aliases,
    description: changes.description !== undefined ? changes.description : current.description,
    kind: changes.kind !== undefined ? changes.kind : current.kind,
    country: changes.country !== undefined ? changes.country : current.country,
    anonymous: changes.anonymous ?? current.anonymous,
  };
  return writeEntity(db, current.type, id, merged, false);
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
    return true;
  });
}
