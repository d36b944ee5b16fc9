// Turns seed records into the rows the loader's Cypher writes: one row per node or relationship,
// with provenance, search text and date ranges filled in. Used by the seed, ingestion and the benchmark.
import { createHash } from "node:crypto";
import { dateRange } from "../graph/dates";
import { EntityType, kindOfId, Origin, RelationshipType, type ListedRelationshipType } from "../graph/model";
import type { Evidence } from "../graph/provenance";
import { normalizeForSearch } from "../graph/search-text";
import type {
  ArticleMetaRecord,
  EntityRecord,
  ExtractionMarks,
  FigureRecord,
  RelationshipRecord,
  StatementRecord,
} from "./records";

type Scalar = string | number | boolean | null;
export type Properties = Record<string, Scalar | string[]>;

export interface FigureRow {
  id: string;
  properties: Properties;
}

export interface ArticleRow {
  id: string;
  publisher: string | null;
  properties: Properties;
}

export interface EntityRow {
  id: string;
  type: EntityType;
  properties: Properties;
  figures: FigureRow[];
}

export interface StatementRow {
  id: string;
  articleId: string;
  properties: Properties;
  figures: FigureRow[];
}

/** Which labels a relationship joins, so each Cypher template can MATCH its ends through an index. */
export type EndPair = "EntityToEntity" | "EntityToStatement" | "StatementToEntity" | "StatementToStatement";

export interface RelationshipRow {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Properties;
}

export interface GraphBatch {
  articles: ArticleRow[];
  entities: EntityRow[];
  statements: StatementRow[];
  relationships: RelationshipRow[];
}

export function emptyBatch(): GraphBatch {
  return { articles: [], entities: [], statements: [], relationships: [] };
}

function marks(record: ExtractionMarks): Properties {
  return {
    origin: record.origin ?? Origin.CURATED,
    confidence: record.confidence ?? 1,
    extractorVersion: record.extractorVersion ?? null,
    needsReview: record.needsReview ?? false,
  };
}

function provenance(articleId: string, evidence: Evidence): Properties {
  return {
    articleId,
    evidenceStart: evidence.start,
    evidenceEnd: evidence.end,
    excerpt: evidence.excerpt,
  };
}

function figureRows(ownerId: string, figures: FigureRecord[] | undefined): FigureRow[] {
  return (figures ?? []).map((figure, index) => ({
    id: `${ownerId}#figure-${index + 1}`,
    properties: { name: figure.name, value: figure.value, unit: figure.unit },
  }));
}

/** An article's metadata: the seed's record, or an ingested article whose publisher may be unknown. */
export type ArticleMeta = Pick<ArticleMetaRecord, "id" | "title" | "publishedOn" | "url"> & { publisher: string | null };

/** The digest of an article's text: ingestion finds the article it stored before by it. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** `extractorVersion`: the extractor that read an ingested article (null for a curated one). */
export function articleRow(
  meta: ArticleMeta,
  text: string,
  publisherName: string | null,
  origin = Origin.CURATED,
  extractorVersion: string | null = null,
): ArticleRow {
  return {
    id: meta.id,
    publisher: meta.publisher,
    properties: {
      title: meta.title,
      publisher: publisherName,
      publishedOn: meta.publishedOn,
      url: meta.url ?? null,
      text,
      textHash: textHash(text),
      origin,
      extractorVersion,
    },
  };
}

export function entityRow(entity: EntityRecord): EntityRow {
  const names = [entity.name, ...entity.aliases];
  return {
    id: entity.id,
    type: entity.type,
    properties: {
      name: entity.name,
      aliases: entity.aliases,
      description: entity.description ?? null,
      kind: entity.kind ?? null,
      country: entity.country ?? null,
      anonymous: entity.anonymous ?? false,
      candidates: entity.candidates ?? null,
      // Only an ambiguous name's entity has these: other entities' rows (and cypher/seed.cypher) stay as they were.
      ...(entity.titles !== undefined ? { titles: entity.titles } : {}),
      ...(entity.candidatesInArticle !== undefined ? { candidatesInArticle: entity.candidatesInArticle } : {}),
      searchNames: [...new Set(names.map(normalizeForSearch))],
      ...marks(entity),
    },
    figures: figureRows(entity.id, entity.figures),
  };
}

export function statementRow(articleId: string, statement: StatementRecord): StatementRow {
  const range = statement.saidOn ? dateRange(statement.saidOn) : undefined;
  return {
    id: statement.id,
    articleId,
    properties: {
      text: statement.text,
      kind: statement.kind,
      saidOn: statement.saidOn ?? null,
      saidFrom: range?.from ?? null,
      saidUntil: range?.until ?? null,
      verification: statement.verification ?? null,
      searchText: normalizeForSearch(
        statement.text === statement.evidence.excerpt ? statement.text : `${statement.text}\n${statement.evidence.excerpt}`,
      ),
      ...provenance(articleId, statement.evidence),
      ...marks(statement),
    },
    figures: figureRows(statement.id, statement.figures),
  };
}

/**
 * A stable id for a relationship, so loading twice merges instead of duplicating: its type, ends,
 * evidence span and, when it has any, a digest of its own properties (two strikes of the same target
 * by different means are two relationships).
 */
export function relationshipId(
  type: RelationshipType,
  from: string,
  to: string,
  articleId: string,
  evidence: Evidence,
  own: Properties = {},
): string {
  const base = `${type}:${from}->${to}@${articleId}:${evidence.start}-${evidence.end}`;
  const values = Object.values(own).filter((value) => value != null);
  if (values.length === 0) return base;
  return `${base}#${createHash("sha256").update(JSON.stringify(own)).digest("hex").slice(0, 8)}`;
}

/** SAID, VIA and MENTIONS of a statement, carrying the statement's evidence. */
export function statementRelationshipRows(articleId: string, statement: StatementRecord): RelationshipRow[] {
  const evidence = provenance(articleId, statement.evidence);
  const row = (type: RelationshipType, from: string, to: string, extra: Properties = {}): RelationshipRow => ({
    id: relationshipId(type, from, to, articleId, statement.evidence),
    type,
    from,
    to,
    properties: { ...evidence, ...marks(statement), ...extra },
  });
  return [
    // statementId: unique among SAID relationships (cypher/schema.cypher), so a statement has one speaker.
    row(RelationshipType.SAID, statement.speaker, statement.id, {
      statementId: statement.id,
      ...(statement.speakerTitle ? { speakerTitle: statement.speakerTitle } : {}),
    }),
    ...statement.via.map((via, index) => row(RelationshipType.VIA, statement.id, via, { order: index + 1 })),
    ...statement.mentions.map((mention) => row(RelationshipType.MENTIONS, statement.id, mention)),
  ];
}

const LISTED_PROPERTIES: Record<ListedRelationshipType, (keyof RelationshipRecord)[]> = {
  STRUCK: ["on", "means", "outcome"],
  DISPUTES: [],
  CONFIRMS: [],
  LOCATED_IN: [],
  HOLDS_ROLE: ["title", "since", "until"],
  MEMBER_OF: [],
};

export function listedRelationshipRow(articleId: string, relationship: RelationshipRecord): RelationshipRow {
  const type = relationship.type as RelationshipType;
  const own: Properties = {};
  for (const key of LISTED_PROPERTIES[relationship.type]) {
    own[key] = (relationship[key] as string | null | undefined) ?? null;
  }
  return {
    id: relationshipId(type, relationship.from, relationship.to, articleId, relationship.evidence, own),
    type,
    from: relationship.from,
    to: relationship.to,
    properties: { ...own, ...provenance(articleId, relationship.evidence), ...marks(relationship) },
  };
}

/** Which labels the ends carry: ids say whether they are statements or entities. */
export function endPair(row: Pick<RelationshipRow, "from" | "to">): EndPair {
  const side = (id: string) => (kindOfId(id) === "Statement" ? "Statement" : "Entity");
  return `${side(row.from)}To${side(row.to)}` as EndPair;
}
