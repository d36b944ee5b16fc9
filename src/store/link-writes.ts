// Maintainers' writes of relationships (STRUCK, DISPUTES, LOCATED_IN, CONFIRMS, MENTIONS, VIA,
// HOLDS_ROLE, MEMBER_OF), each with provenance. One transaction each; checks before writing. A link
// whose id exists is ALREADY_EXISTS. A statement's speaker (SAID) is not linked or unlinked here: every
// statement has exactly one, set by createStatement and changed by updateStatement.
import { cypherTemplate } from "../db/cypher";
import type { Database } from "../db/database";
import { ChangeKind, kindOfId, Label, Origin, RelationshipType } from "../graph/model";
import type { Link, SourcedEvidence } from "../graph/nodes";
import { InputError, NotFoundError } from "../errors";
import { emptyBatch, relationshipId, type Properties } from "../seed/graph-batch";
import { appendChanges, entityEnds } from "./changes";
import { createdOnce, writeBatch } from "./graph-loader";
import { articleText, checkEnds, checkEvidence, checkNoLocatedInCycle, nodeKinds } from "./write-checks";

export interface NewLink {
  type: RelationshipType;
  from: string;
  to: string;
  evidence: SourcedEvidence;
  on?: string | null;
  means?: string | null;
  outcome?: string | null;
  title?: string | null;
  since?: string | null;
  until?: string | null;
}

/** The properties each type carries besides provenance; others are refused rather than ignored. */
const OWN_PROPERTIES: Partial<Record<RelationshipType, (keyof NewLink)[]>> = {
  STRUCK: ["on", "means", "outcome"],
  HOLDS_ROLE: ["title", "since", "until"],
};

const TEMPLATE_VALUES: ReadonlySet<string> = new Set<string>([
  ...Object.values(Label),
  ...Object.values(RelationshipType),
]);

function ownProperties(input: NewLink): Properties {
  const allowed = OWN_PROPERTIES[input.type] ?? [];
  const own: Properties = {};
  for (const key of ["on", "means", "outcome", "title", "since", "until"] as const) {
    const value = input[key];
    if (value == null) continue;
    if (!allowed.includes(key)) throw new InputError(key, `a ${input.type} has no ${key}`);
    own[key] = value;
  }
  if (input.type === RelationshipType.HOLDS_ROLE && !own.title)
    throw new InputError("title", "a HOLDS_ROLE needs the title held");
  return own;
}

/** Refuses SAID: linking or unlinking a speaker would give a statement two speakers or none. */
function refuseSpeakerLink(type: RelationshipType, field: string): void {
  if (type === RelationshipType.SAID) {
    throw new InputError(
      field,
      "a statement has exactly one speaker: set it with createStatement, change it with updateStatement",
    );
  }
}

export async function createLink(db: Database, input: NewLink): Promise<Link> {
  refuseSpeakerLink(input.type, "type");
  const own = ownProperties(input);
  const { articleId, ...evidence } = input.evidence;
  const id = relationshipId(input.type, input.from, input.to, articleId, evidence, own);
  const write = db.write(async (tx) => {
    const kinds = await nodeKinds(tx, [input.from, input.to]);
    checkEnds(kinds, input.type, input.from, input.to);
    checkEvidence("evidence", await articleText(tx, "evidence.articleId", articleId), evidence);
    if (input.type === RelationshipType.LOCATED_IN) await checkNoLocatedInCycle(tx, input.from, input.to);
    const batch = emptyBatch();
    batch.relationships.push({
      id,
      type: input.type,
      from: input.from,
      to: input.to,
      properties: {
        ...own,
        articleId,
        evidenceStart: evidence.start,
        evidenceEnd: evidence.end,
        excerpt: evidence.excerpt,
        origin: Origin.CURATED,
        confidence: 1,
        extractorVersion: null,
        needsReview: false,
      },
    });
    await writeBatch(tx, batch, { create: true });
    await appendChanges(tx, [
      { kind: ChangeKind.LINK_ADDED, subjectId: id, articleId, entityIds: entityEnds(input.from, input.to) },
    ]);
    const link: Link = {
      id,
      type: input.type,
      from: input.from,
      to: input.to,
      evidence: input.evidence,
      properties: own,
      origin: Origin.CURATED,
      confidence: 1,
      needsReview: false,
      extractorVersion: null,
    };
    return link;
  });
  return createdOnce("id", id, write);
}

/** Relationship ids read "<TYPE>:<from id>-><to id>@…" (src/seed/graph-batch.ts). */
export function parseLinkId(id: string): {
  type: RelationshipType;
  from: string;
  to: string;
  fromLabel: Label;
} {
  const match = /^([A-Z_]+):(.+?)->([^@]*)/.exec(id);
  const type = match?.[1] as RelationshipType | undefined;
  if (!match || !type || !Object.values(RelationshipType).includes(type)) {
    throw new InputError("id", "is not a relationship id returned by this API");
  }
  const [, , from, to] = match;
  return { type, from, to, fromLabel: kindOfId(from) === "Statement" ? Label.Statement : Label.Entity };
}

export const LINK_TEMPLATE_VALUES = TEMPLATE_VALUES;

export async function deleteLink(db: Database, id: string): Promise<boolean> {
  const { type, from, to, fromLabel } = parseLinkId(id);
  refuseSpeakerLink(type, "id");
  const query = cypherTemplate("store/delete-relationship", { type, fromLabel }, TEMPLATE_VALUES);
  return db.write(async (tx) => {
    const [row] = await tx.run<{ deleted: number }>(query, { id, from });
    if (!row || row.deleted === 0) throw new NotFoundError("id", id);
    await appendChanges(tx, [
      { kind: ChangeKind.LINK_DELETED, subjectId: id, entityIds: entityEnds(from, to) },
    ]);
    return true;
  });
}
