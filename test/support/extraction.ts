// Running the extractor in the tests: sentences written for them, annotated by the real CoreNLP server.
import type { Annotation } from "../../src/ingest/annotate";
import { extractFromAnnotation } from "../../src/ingest/pipeline";
import { readDocument, type ArticleDocument } from "../../src/ingest/stages/document";
import type { ArticleInput, Extraction, KnownEntity } from "../../src/ingest/types";
import { CoreNlpClient } from "../../src/nlp/corenlp-client";
import type { EntityRecord, StatementRecord } from "../../src/seed/records";
import { testNlpUrl } from "./nlp-server";

export const PUBLISHED_ON = "2025-03-14";

let client: CoreNlpClient | undefined;

export function annotate(text: string): Promise<Annotation> {
  client ??= new CoreNlpClient(testNlpUrl());
  return client.annotate(text);
}

export async function documentOf(text: string): Promise<ArticleDocument> {
  return readDocument(text, await annotate(text), "Test article");
}

/** The whole extractor on a text whose first line is its title. */
export async function extract(
  text: string,
  meta: Partial<ArticleInput> = {},
  known: KnownEntity[] = [],
): Promise<Extraction> {
  return extractFromAnnotation(
    text,
    await annotate(text),
    { title: "Test article", publishedOn: PUBLISHED_ON, ...meta },
    known,
  );
}

/** A test article: a title line, then the paragraphs. */
export function article(...paragraphs: string[]): string {
  return ["Test article", ...paragraphs].join("\n\n");
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

export function speakerNameOf(
  extraction: Extraction,
  statement: StatementRecord,
  known: KnownEntity[] = [],
): string {
  return (
    extraction.entities.find((entity) => entity.id === statement.speaker)?.name ??
    known.find((entity) => entity.id === statement.speaker)?.name ??
    statement.speaker
  );
}
