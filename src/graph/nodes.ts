// Domain objects: what the store returns and the GraphQL layer shows. Plain data, no driver types.
import type { Node, Relationship } from "neo4j-driver";
import { EntityType, Label, Origin, type RelationshipType, type StatementKind } from "./model";
import type { Evidence } from "./provenance";

export interface SourcedEvidence extends Evidence {
  articleId: string;
}

/** How a fact entered the graph. */
export interface OriginMarks {
  origin: Origin;
  confidence: number;
  needsReview: boolean;
  extractorVersion: string | null;
}

/** A maintainer's update may name the version it read: refused with CONFLICT when the node moved on. */
export interface Versioned {
  /** 1 when written, one more with every write that changes a property. */
  version: number;
}

export interface EntityNode extends OriginMarks, Versioned {
  type: EntityType;
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  kind: string | null;
  /** Organizations: the id of their country. */
  country: string | null;
  anonymous: boolean;
}

export interface StatementNode extends OriginMarks, Versioned {
  id: string;
  text: string;
  kind: StatementKind;
  saidOn: string | null;
  verification: string | null;
  evidence: SourcedEvidence;
}

export interface ArticleNode extends Versioned {
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
  text: string;
}

export interface FigureNode {
  id: string;
  name: string;
  value: number;
  unit: string;
}

/** A relationship with its evidence; `from` and `to` are node ids. */
export interface Link extends OriginMarks {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  evidence: SourcedEvidence | null;
  properties: Record<string, unknown>;
}

export interface StrikeLink extends Link {
  on: string | null;
  means: string | null;
  outcome: string | null;
}

export interface RoleLink extends Link {
  title: string | null;
  since: string | null;
  until: string | null;
}

type Properties = Record<string, unknown>;

/** A node as the converters read it: a driver Node, or a projection of the properties they need. */
export type NodeLike = Pick<Node, "labels" | "properties">;
export type RelationshipLike = Pick<Relationship, "type" | "properties">;

const MARKS = ["origin", "confidence", "needsReview", "extractorVersion"] as const;

/**
 * The properties the converters below read, by label: a query that returns many nodes projects these
 * rather than returning whole nodes (which carry search text and the like that no answer shows).
 */
export const CONVERTED_PROPERTIES = {
  [Label.Statement]: [
    "id",
    "text",
    "kind",
    "saidOn",
    "verification",
    "articleId",
    "evidenceStart",
    "evidenceEnd",
    "excerpt",
    "version",
    ...MARKS,
  ],
  [Label.Entity]: [
    "id",
    "name",
    "aliases",
    "description",
    "kind",
    "country",
    "anonymous",
    "version",
    ...MARKS,
  ],
  [Label.Figure]: ["id", "name", "value", "unit"],
  [Label.Article]: ["id", "title", "publisher", "publishedOn", "url", "text", "version"],
} as const satisfies Partial<Record<Label, readonly string[]>>;

/** Fields of the domain objects above built from properties of other names (any other field: its own). */
const FIELD_SOURCES: Record<string, readonly string[]> = {
  evidence: ["articleId", "evidenceStart", "evidenceEnd", "excerpt"],
};

/**
 * The properties the converter for `label` needs to fill in `fields` of its domain object, and the id,
 * which keys every cache. The other fields of what it returns are left at their defaults.
 */
export function propertiesFor(label: keyof typeof CONVERTED_PROPERTIES, fields: Iterable<string>): string[] {
  const needed = new Set(["id"]);
  for (const field of fields) for (const property of FIELD_SOURCES[field] ?? [field]) needed.add(property);
  return CONVERTED_PROPERTIES[label].filter((property) => needed.has(property));
}

const str = (value: unknown): string | null => (value == null ? null : String(value));

/** Nodes written before versions were kept count as version 1 (the loader moves them to 2 on a change). */
export const versionOf = (p: Properties): number => (typeof p.version === "number" ? p.version : 1);

function marks(p: Properties): OriginMarks {
  return {
    origin: (p.origin as Origin | undefined) ?? Origin.CURATED,
    confidence: typeof p.confidence === "number" ? p.confidence : 1,
    needsReview: p.needsReview === true,
    extractorVersion: str(p.extractorVersion),
  };
}

function evidenceOf(p: Properties): SourcedEvidence | null {
  if (p.articleId == null || p.evidenceStart == null) return null;
  return {
    articleId: String(p.articleId),
    start: Number(p.evidenceStart),
    end: Number(p.evidenceEnd),
    excerpt: String(p.excerpt ?? ""),
  };
}

const ENTITY_LABELS = new Set<string>(Object.values(EntityType));

export function toEntity(node: NodeLike): EntityNode {
  const p = node.properties as Properties;
  const type = node.labels.find((label) => ENTITY_LABELS.has(label)) as EntityType | undefined;
  return {
    type: type ?? EntityType.Organization,
    id: String(p.id),
    name: String(p.name),
    aliases: (p.aliases as string[] | undefined) ?? [],
    description: str(p.description),
    kind: str(p.kind),
    country: str(p.country),
    anonymous: p.anonymous === true,
    version: versionOf(p),
    ...marks(p),
  };
}

export function toStatement(node: NodeLike): StatementNode {
  const p = node.properties as Properties;
  return {
    id: String(p.id),
    text: String(p.text),
    kind: p.kind as StatementKind,
    saidOn: str(p.saidOn),
    verification: str(p.verification),
    evidence: evidenceOf(p) ?? { articleId: "", start: 0, end: 0, excerpt: "" },
    version: versionOf(p),
    ...marks(p),
  };
}

export function toArticle(node: NodeLike): ArticleNode {
  const p = node.properties as Properties;
  return {
    id: String(p.id),
    title: String(p.title),
    publisher: str(p.publisher),
    publishedOn: str(p.publishedOn),
    url: str(p.url),
    text: String(p.text),
    version: versionOf(p),
  };
}

export function toFigure(node: NodeLike): FigureNode {
  const p = node.properties as Properties;
  return { id: String(p.id), name: String(p.name), value: Number(p.value), unit: String(p.unit) };
}

export function toLink(relationship: RelationshipLike, from: string, to: string): Link {
  const p = relationship.properties as Properties;
  return {
    id: str(p.id) ?? `${relationship.type}:${from}->${to}`,
    type: relationship.type as RelationshipType,
    from,
    to,
    evidence: evidenceOf(p),
    properties: p,
    ...marks(p),
  };
}

export function toStrike(relationship: RelationshipLike, from: string, to: string): StrikeLink {
  const p = relationship.properties as Properties;
  return { ...toLink(relationship, from, to), on: str(p.on), means: str(p.means), outcome: str(p.outcome) };
}

export function toRole(relationship: RelationshipLike, from: string, to: string): RoleLink {
  const p = relationship.properties as Properties;
  return { ...toLink(relationship, from, to), title: str(p.title), since: str(p.since), until: str(p.until) };
}

export function isEntityNode(node: NodeLike): boolean {
  return node.labels.includes(Label.Entity);
}
