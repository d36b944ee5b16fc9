// Stage: the records, each checked on its own with the seed's rules. A record that breaks one (a Person
// with a kind, a LOCATED_IN to a person, a statement whose speaker was dropped) is corrected or dropped and
// reported; the rest of the article stands.
import type { EndKind } from "../../graph/model";
import type { SeedBundle } from "../../seed/read";
import type { ArticleFileRecord } from "../../seed/records";
import { seedProblems } from "../../seed/validate";
import type { Extraction, ExtractionProblem } from "../types";

/** Enough rounds for a dropped entity to take its statements and their relationships with it. */
const MAX_ROUNDS = 6;

function bundleOf(extraction: Extraction, text: string): SeedBundle {
  const record = {
    article: { ...extraction.article, publisher: extraction.article.publisher ?? undefined },
    statements: extraction.statements,
    relationships: extraction.relationships,
  } as unknown as ArticleFileRecord;
  return {
    entitiesFile: "entities",
    entities: extraction.entities,
    articles: [{ file: "article", record, text }],
  };
}

const RELATIONSHIP_RECORD = /^relationships\[(\d+)\]/;

/** The extraction without the records that break the seed's rules, and what was done to each. */
export function checkRecords(
  extraction: Extraction,
  text: string,
  known: ReadonlyMap<string, EndKind>,
): { extraction: Extraction; problems: ExtractionProblem[] } {
  let current = extraction;
  const reported: ExtractionProblem[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const problems = seedProblems(bundleOf(current, text), known);
    if (problems.length === 0) break;
    const dropEntities = new Set<string>();
    const dropStatements = new Set<string>();
    const dropRelationships = new Set<number>();
    const clearKind = new Set<string>();
    for (const problem of problems) {
      const relationship = RELATIONSHIP_RECORD.exec(problem.record);
      if (relationship !== null) {
        dropRelationships.add(Number(relationship[1]));
        reported.push({
          record: problem.record,
          field: problem.field,
          message: problem.message,
          action: "dropped",
        });
      } else if (problem.file === "entities" && problem.field === "kind") {
        clearKind.add(problem.record);
        reported.push({
          record: problem.record,
          field: problem.field,
          message: problem.message,
          action: "corrected",
        });
      } else if (problem.file === "entities") {
        dropEntities.add(problem.record);
        reported.push({
          record: problem.record,
          field: problem.field,
          message: problem.message,
          action: "dropped",
        });
      } else if (problem.record !== current.article.id) {
        dropStatements.add(problem.record);
        reported.push({
          record: problem.record,
          field: problem.field,
          message: problem.message,
          action: "dropped",
        });
      } else {
        // The article record itself (its publisher): keep the article, drop the publisher.
        current = { ...current, article: { ...current.article, publisher: null } };
        reported.push({
          record: problem.record,
          field: problem.field,
          message: problem.message,
          action: "corrected",
        });
      }
    }
    current = {
      ...current,
      entities: current.entities
        .filter((entity) => !dropEntities.has(entity.id))
        .map((entity) => (clearKind.has(entity.id) ? { ...entity, kind: null } : entity)),
      statements: current.statements
        .filter((statement) => !dropStatements.has(statement.id))
        .map((statement) => ({
          ...statement,
          via: statement.via.filter((id) => !dropEntities.has(id)),
          mentions: statement.mentions.filter((id) => !dropEntities.has(id)),
        })),
      relationships: current.relationships.filter((_, index) => !dropRelationships.has(index)),
    };
  }
  return { extraction: current, problems: reported };
}
