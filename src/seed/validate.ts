// Cross-record checks of a seed bundle: duplicate ids, unknown references, wrong relationship ends,
// kinds that don't fit the entity type, evidence that doesn't match the text, LOCATED_IN cycles.
import { isPartialDate } from "../graph/dates";
import {
  EntityType,
  KINDS_BY_ENTITY_TYPE,
  kindOfId,
  RELATIONSHIP_ENDS,
  RelationshipType,
  type EndKind,
} from "../graph/model";
import { evidenceMismatch, type Evidence } from "../graph/provenance";
import { SeedValidationError, type SeedProblem } from "./errors";
import { listedRelationshipRow } from "./graph-batch";
import type { SeedBundle } from "./read";


/** What the graph already holds (ids → what they are), so a bundle may refer to existing nodes. */
export type KnownIds = ReadonlyMap<string, EndKind>;

export function validateSeed(bundle: SeedBundle, known: KnownIds = new Map()): void {
  const problems = seedProblems(bundle, known);
  if (problems.length > 0) throw new SeedValidationError(problems);
}

/** Every problem of a bundle, each naming its file, record and field (none: the bundle is consistent). */
export function seedProblems(bundle: SeedBundle, known: KnownIds = new Map()): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const kinds = new Map<string, EndKind>(known);
  const seen = new Set<string>();

  const declare = (file: string, id: string, kind: EndKind | "Article", record: string) => {
    if (seen.has(id)) problems.push({ file, record, field: "id", message: `duplicate id ${id}` });
    seen.add(id);
    if (kind !== "Article") kinds.set(id, kind);
  };

  for (const entity of bundle.entities) {
    const file = bundle.entitiesFile;
    declare(file, entity.id, entity.type, entity.id);
    if (kindOfId(entity.id) !== entity.type) {
      problems.push({
        file,
        record: entity.id,
        field: "id",
        message: `a ${entity.type} id must start with ${entity.type.toLowerCase()}/`,
      });
    }
    const allowed = KINDS_BY_ENTITY_TYPE[entity.type];
    if (entity.kind != null && (allowed === undefined || !allowed.includes(entity.kind))) {
      problems.push({
        file,
        record: entity.id,
        field: "kind",
        message: allowed
          ? `${entity.kind} is not a ${entity.type} kind (one of ${allowed.join(", ")})`
          : `a ${entity.type} has no kind`,
      });
    }
  }
  for (const { file, record } of bundle.articles) {
    declare(file, record.article.id, "Article", record.article.id);
    for (const statement of record.statements) declare(file, statement.id, "Statement", statement.id);
  }

  const expect = (file: string, record: string, field: string, id: string | null | undefined, allowed: readonly EndKind[]) => {
    if (id == null) return;
    const kind = kinds.get(id);
    if (kind === undefined) {
      problems.push({ file, record, field, message: `unknown id ${id}` });
    } else if (!allowed.includes(kind)) {
      problems.push({ file, record, field, message: `${id} is a ${kind}; expected ${allowed.join(" or ")}` });
    }
  };
  const checkEvidence = (file: string, record: string, text: string, evidence: Evidence) => {
    const mismatch = evidenceMismatch(text, evidence);
    if (mismatch) problems.push({ file, record, field: "evidence", message: mismatch });
  };

  for (const entity of bundle.entities) {
    expect(bundle.entitiesFile, entity.id, "country", entity.country, [EntityType.Place]);
  }

  const locatedIn = new Map<string, { to: string; file: string; record: string }[]>();
  const relationshipIds = new Set<string>();
  for (const { file, record, text } of bundle.articles) {
    expect(file, record.article.id, "article.publisher", record.article.publisher, [EntityType.Organization]);
    if (!isPartialDate(record.article.publishedOn)) {
      problems.push({ file, record: record.article.id, field: "article.publishedOn", message: "not a calendar date" });
    }
    for (const statement of record.statements) {
      const { id } = statement;
      expect(file, id, "speaker", statement.speaker, RELATIONSHIP_ENDS.SAID.from);
      statement.via.forEach((via, i) => expect(file, id, `via[${i}]`, via, RELATIONSHIP_ENDS.VIA.to));
      statement.mentions.forEach((m, i) => expect(file, id, `mentions[${i}]`, m, RELATIONSHIP_ENDS.MENTIONS.to));
      if (statement.saidOn != null && !isPartialDate(statement.saidOn)) {
        problems.push({ file, record: id, field: "saidOn", message: `${statement.saidOn} is not a calendar date` });
      }
      checkEvidence(file, id, text, statement.evidence);
    }
    record.relationships.forEach((relationship, index) => {
      const name = `relationships[${index}] ${relationship.type} ${relationship.from} → ${relationship.to}`;
      const ends = RELATIONSHIP_ENDS[relationship.type];
      expect(file, name, "from", relationship.from, ends.from);
      expect(file, name, "to", relationship.to, ends.to);
      if (relationship.from === relationship.to) {
        problems.push({ file, record: name, field: "to", message: `a ${relationship.type} cannot join a node to itself` });
      }
      if (relationship.type === RelationshipType.HOLDS_ROLE && !relationship.title) {
        problems.push({ file, record: name, field: "title", message: "a HOLDS_ROLE needs the title held" });
      }
      checkEvidence(file, name, text, relationship.evidence);
      const id = listedRelationshipRow(record.article.id, relationship).id;
      if (relationshipIds.has(id)) {
        problems.push({ file, record: name, field: "(record)", message: "the same relationship, with the same evidence, is listed twice" });
      }
      relationshipIds.add(id);
      if (relationship.type === RelationshipType.LOCATED_IN) {
        const edges = locatedIn.get(relationship.from) ?? [];
        edges.push({ to: relationship.to, file, record: name });
        locatedIn.set(relationship.from, edges);
      }
    });
  }

  for (const cycle of findCycles(locatedIn)) {
    problems.push({
      file: cycle.file,
      record: cycle.record,
      field: "to",
      message: `LOCATED_IN cycle: ${cycle.path.join(" → ")}`,
    });
  }

  return problems;
}

interface Cycle {
  path: string[];
  file: string;
  record: string;
}

function findCycles(edges: Map<string, { to: string; file: string; record: string }[]>): Cycle[] {
  const state = new Map<string, "visiting" | "done">();
  const cycles: Cycle[] = [];
  const visit = (node: string, trail: string[]) => {
    state.set(node, "visiting");
    for (const edge of edges.get(node) ?? []) {
      const status = state.get(edge.to);
      if (status === "visiting") {
        const stack = [...trail, node];
        cycles.push({ path: [...stack.slice(stack.indexOf(edge.to)), edge.to], file: edge.file, record: edge.record });
      } else if (status === undefined) {
        visit(edge.to, [...trail, node]);
      }
    }
    state.set(node, "done");
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node, []);
  return cycles;
}
