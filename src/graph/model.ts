// The graph model in one place: labels, relationship types, kinds, and which ends each relationship
// may join. Every Cypher template and every validator takes its labels and types from here.

export enum EntityType {
  Person = "Person",
  Organization = "Organization",
  Place = "Place",
  Facility = "Facility",
}

export const ENTITY_TYPES = Object.values(EntityType);

/** Node labels. Every entity also carries `Entity`. */
export enum Label {
  Entity = "Entity",
  Person = "Person",
  Organization = "Organization",
  Place = "Place",
  Facility = "Facility",
  Statement = "Statement",
  Article = "Article",
  Figure = "Figure",
  /** The audit record of one mergeEntities: who, when, why, and what unmergeEntity restores. */
  EntityMerge = "EntityMerge",
  /** An entity merged into another, kept off the graph (no Entity label) for unmergeEntity. */
  MergedEntity = "MergedEntity",
  /** The words one speaker said once, as every statement that reports them (src/store/utterances.ts). */
  Utterance = "Utterance",
}

/** The change feed's labels (src/store/changes.ts): the log of writes, kept apart from the graph's labels. */
export enum FeedLabel {
  /** One entry, numbered by `seq`. */
  Change = "Change",
  /** The feed's one head node: the last `seq` handed out and how far entries were pruned. */
  ChangeFeed = "ChangeFeed",
}

export enum RelationshipType {
  /** speaker (Entity) → Statement */
  SAID = "SAID",
  /** Statement → Entity that relayed it ("an SBU source told the Kyiv Independent") */
  VIA = "VIA",
  /** Statement → Entity it names or is about */
  MENTIONS = "MENTIONS",
  /** Statement → Statement it rejects or corrects */
  DISPUTES = "DISPUTES",
  /** Statement → Statement it confirms */
  CONFIRMS = "CONFIRMS",
  /** attacker (Entity) → Facility or Place */
  STRUCK = "STRUCK",
  /** Facility, Place or Organization → Place */
  LOCATED_IN = "LOCATED_IN",
  /** Person → Organization, with a title */
  HOLDS_ROLE = "HOLDS_ROLE",
  /** Person, Organization or Place → Organization */
  MEMBER_OF = "MEMBER_OF",
}

/** Relationships the loader writes from the statement records themselves (speaker, via, mentions). */
export const STATEMENT_RELATIONSHIPS = [
  RelationshipType.SAID,
  RelationshipType.VIA,
  RelationshipType.MENTIONS,
];

/** Relationships listed in an article's `relationships` array. */
export const LISTED_RELATIONSHIPS = [
  RelationshipType.STRUCK,
  RelationshipType.DISPUTES,
  RelationshipType.CONFIRMS,
  RelationshipType.LOCATED_IN,
  RelationshipType.HOLDS_ROLE,
  RelationshipType.MEMBER_OF,
] as const;
export type ListedRelationshipType = (typeof LISTED_RELATIONSHIPS)[number];

/** Structural relationships without evidence of their own. */
export enum StructuralRelationship {
  /** Statement → Article its evidence comes from */
  REPORTED_IN = "REPORTED_IN",
  /** Article → Organization that published it */
  PUBLISHED_BY = "PUBLISHED_BY",
  /** Statement or Entity → Figure */
  HAS_FIGURE = "HAS_FIGURE",
  /** EntityMerge → the MergedEntity it took off the graph */
  MERGED = "MERGED",
  /** Statement → Utterance whose words it reports, with why: method, score, matched statement */
  REPORTS = "REPORTS",
}

/** What a change-feed entry records; `subjectId` names the statement, entity, relationship or article. */
export enum ChangeKind {
  STATEMENT_ADDED = "STATEMENT_ADDED",
  STATEMENT_UPDATED = "STATEMENT_UPDATED",
  STATEMENT_DELETED = "STATEMENT_DELETED",
  ENTITY_ADDED = "ENTITY_ADDED",
  ENTITY_UPDATED = "ENTITY_UPDATED",
  ENTITY_DELETED = "ENTITY_DELETED",
  LINK_ADDED = "LINK_ADDED",
  LINK_DELETED = "LINK_DELETED",
  ARTICLE_ADDED = "ARTICLE_ADDED",
  ARTICLE_UPDATED = "ARTICLE_UPDATED",
  ARTICLE_DELETED = "ARTICLE_DELETED",
  /** An article's text ingested: its statements arrive as STATEMENT_ADDED entries in the same transaction. */
  ARTICLE_INGESTED = "ARTICLE_INGESTED",
  EXTRACTION_ACCEPTED = "EXTRACTION_ACCEPTED",
  EXTRACTION_REJECTED = "EXTRACTION_REJECTED",
  EXTRACTION_CORRECTED = "EXTRACTION_CORRECTED",
  /** A maintainer took a statement out of its utterance (the subject is the statement). */
  UTTERANCE_SPLIT = "UTTERANCE_SPLIT",
  /** A maintainer joined two utterances (the subject is the one kept). */
  UTTERANCES_JOINED = "UTTERANCES_JOINED",
  /** A maintainer merged one entity into another (the subject is the merged one). */
  ENTITIES_MERGED = "ENTITIES_MERGED",
  /** A merge undone (the subject is the entity back on the graph). */
  ENTITY_UNMERGED = "ENTITY_UNMERGED",
}

export enum StatementKind {
  QUOTE = "QUOTE",
  PARAPHRASE = "PARAPHRASE",
  CLAIM = "CLAIM",
  REPORT = "REPORT",
  CONFIRMATION = "CONFIRMATION",
  DECISION = "DECISION",
  ANNOUNCEMENT = "ANNOUNCEMENT",
  ESTIMATE = "ESTIMATE",
  REBUTTAL = "REBUTTAL",
  QUESTION = "QUESTION",
}

export enum PlaceKind {
  COUNTRY = "COUNTRY",
  OBLAST = "OBLAST",
  REPUBLIC = "REPUBLIC",
  CITY = "CITY",
  TOWN = "TOWN",
  VILLAGE = "VILLAGE",
  FRONT_LINE_AXIS = "FRONT_LINE_AXIS",
  REGION = "REGION",
  CONTINENT = "CONTINENT",
}

export enum OrganizationKind {
  GOVERNMENT = "GOVERNMENT",
  MINISTRY = "MINISTRY",
  GOVERNMENT_BODY = "GOVERNMENT_BODY",
  LEGISLATURE = "LEGISLATURE",
  ARMED_FORCES = "ARMED_FORCES",
  ARMED_FORCES_BODY = "ARMED_FORCES_BODY",
  MILITARY_UNIT = "MILITARY_UNIT",
  INTELLIGENCE_SERVICE = "INTELLIGENCE_SERVICE",
  SPECIAL_FORCES = "SPECIAL_FORCES",
  MEDIA_OUTLET = "MEDIA_OUTLET",
  COMPANY = "COMPANY",
  ALLIANCE = "ALLIANCE",
  SUPRANATIONAL_UNION = "SUPRANATIONAL_UNION",
  INVESTIGATIVE_BODY = "INVESTIGATIVE_BODY",
  GROUP = "GROUP",
}

export enum FacilityKind {
  REFINERY = "REFINERY",
  POWER_PLANT = "POWER_PLANT",
  FACTORY = "FACTORY",
  MINE = "MINE",
  PUMPING_STATION = "PUMPING_STATION",
  OIL_DEPOT = "OIL_DEPOT",
  OFFICE_BUILDING = "OFFICE_BUILDING",
  INSTITUTE = "INSTITUTE",
}

/** The kinds each entity type may have (a Person has none). */
export const KINDS_BY_ENTITY_TYPE: Record<EntityType, readonly string[] | undefined> = {
  [EntityType.Person]: undefined,
  [EntityType.Organization]: Object.values(OrganizationKind),
  [EntityType.Place]: Object.values(PlaceKind),
  [EntityType.Facility]: Object.values(FacilityKind),
};

/** What a relationship end may be: an entity of some types, or a statement. */
export type EndKind = EntityType | "Statement";

const ANY_ENTITY: readonly EndKind[] = ENTITY_TYPES;

/** The allowed ends of every relationship type. */
export const RELATIONSHIP_ENDS: Record<
  RelationshipType,
  { from: readonly EndKind[]; to: readonly EndKind[] }
> = {
  SAID: { from: ANY_ENTITY, to: ["Statement"] },
  VIA: { from: ["Statement"], to: ANY_ENTITY },
  MENTIONS: { from: ["Statement"], to: ANY_ENTITY },
  DISPUTES: { from: ["Statement"], to: ["Statement"] },
  CONFIRMS: { from: ["Statement"], to: ["Statement"] },
  STRUCK: { from: ANY_ENTITY, to: [EntityType.Facility, EntityType.Place] },
  LOCATED_IN: {
    from: [EntityType.Facility, EntityType.Place, EntityType.Organization],
    to: [EntityType.Place],
  },
  HOLDS_ROLE: { from: [EntityType.Person], to: [EntityType.Organization] },
  MEMBER_OF: {
    from: [EntityType.Person, EntityType.Organization, EntityType.Place],
    to: [EntityType.Organization],
  },
};

/** Ids are `<prefix>/<slug>`: the prefix says what the node is. */
export const ID_PREFIX: Record<EndKind | "Article", string> = {
  Person: "person",
  Organization: "organization",
  Place: "place",
  Facility: "facility",
  Statement: "statement",
  Article: "article",
};

export const ID_PATTERN = /^(person|organization|place|facility|statement|article)\/[a-z0-9][a-z0-9\-./]*$/;

/** What an id names, from its prefix; undefined for a malformed id. */
export function kindOfId(id: string): EndKind | "Article" | undefined {
  const prefix = id.split("/")[0];
  const entry = Object.entries(ID_PREFIX).find(([, value]) => value === prefix);
  return entry?.[0] as EndKind | "Article" | undefined;
}

/** Where a fact came from: curated by hand, or extracted by the ingestion rules. */
export enum Origin {
  CURATED = "curated",
  EXTRACTED = "extracted",
}

/** A readable id slug: lower-case ASCII words joined by hyphens ("Volodymyr Zelensky" → volodymyr-zelensky). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
