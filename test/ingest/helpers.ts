// Shared helpers for the extractor tests: run the extractor, find records by names, check offsets.
import { extractArticle } from "../../src/ingest/extract";
import type { ArticleInput, Extraction, KnownEntity } from "../../src/ingest/types";
import type { EntityRecord, StatementRecord } from "../../src/seed/records";

export const PUBLISHED_ON = "2025-03-14";

export function extract(
  text: string,
  meta: Partial<ArticleInput> = {},
  known: KnownEntity[] = [],
): Extraction {
  return extractArticle(text, { title: "Test article", publishedOn: PUBLISHED_ON, ...meta }, known);
}

export function entityNamed(extraction: Extraction, name: string): EntityRecord {
  const entity = extraction.entities.find(
    (candidate) => candidate.name === name || candidate.aliases.includes(name),
  );
  if (entity === undefined) {
    throw new Error(
      `no entity named ${name}; have ${extraction.entities.map((candidate) => candidate.name).join(", ")}`,
    );
  }
  return entity;
}

/** The statement whose text contains `words`. */
export function statementWith(extraction: Extraction, words: string): StatementRecord {
  const statement = extraction.statements.find((candidate) => candidate.text.includes(words));
  if (statement === undefined) {
    const texts = extraction.statements
      .map((candidate) => `${candidate.kind}: ${candidate.text}`)
      .join("\n  ");
    throw new Error(`no statement with "${words}"; have\n  ${texts}`);
  }
  return statement;
}

export function speakerNameOf(extraction: Extraction, statement: StatementRecord): string {
  return extraction.entities.find((entity) => entity.id === statement.speaker)?.name ?? statement.speaker;
}

/** Every evidence span of every record, for the offset invariant. */
export function allEvidence(extraction: Extraction): { start: number; end: number; excerpt: string }[] {
  return [
    ...extraction.statements.map((statement) => statement.evidence),
    ...extraction.relationships.map((relationship) => relationship.evidence),
  ];
}
