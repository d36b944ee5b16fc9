// A statement as schema.org JSON-LD: a Claim (who said it, where it appeared, when), and a ClaimReview
// for each statement in the graph that disputes or confirms it. Pure: records in, JSON-LD out.
import { dateRange } from "./dates";
import { EntityType, RelationshipType } from "./model";

/** Who said or reviewed something: an entity of the graph. */
export interface ClaimAgent {
  id: string;
  type: EntityType;
  name: string;
}

/** An article that carried the statement (a report of it). */
export interface ClaimAppearance {
  articleId: string;
  title: string;
  url: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn: string | null;
  /** The publishing organization: an entity of the graph, or only a name when the graph has none. */
  publisher: { id: string | null; name: string } | null;
}

export type ReviewRelationship = RelationshipType.DISPUTES | RelationshipType.CONFIRMS;

/** A statement that disputes or confirms the claim, with its speaker and the article that reported it. */
export interface ClaimReviewSource {
  relationship: ReviewRelationship;
  statementId: string;
  text: string;
  saidOn: string | null;
  author: ClaimAgent;
  reportedIn: ClaimAppearance | null;
}

export interface ClaimRecord {
  statementId: string;
  text: string;
  saidOn: string | null;
  speaker: ClaimAgent;
  /** Every report of the statement; the earliest published is its first appearance. */
  appearances: ClaimAppearance[];
  reviews: ClaimReviewSource[];
}

/**
 * The rating scale of our ClaimReviews, 1 (worst) to 5 (best) as fact-checkers publish them. The graph
 * holds no degrees of truth, only that a source rejected or corrected a statement (DISPUTES) or
 * confirmed it (CONFIRMS): each is that source's verdict, so a dispute takes the bottom of the scale and
 * a confirmation the top, and alternateName says which it was in words.
 */
export const CLAIM_RATING_SCALE = { worstRating: 1, bestRating: 5 } as const;

export const REVIEW_RATINGS: Record<ReviewRelationship, { ratingValue: number; alternateName: string }> = {
  [RelationshipType.DISPUTES]: { ratingValue: CLAIM_RATING_SCALE.worstRating, alternateName: "Disputed" },
  [RelationshipType.CONFIRMS]: { ratingValue: CLAIM_RATING_SCALE.bestRating, alternateName: "Confirmed" },
};

export type JsonLdNode = { [property: string]: JsonLdValue };
export type JsonLdValue = string | number | JsonLdNode | JsonLdValue[];

export interface ClaimDocument {
  "@context": "https://schema.org";
  "@graph": JsonLdNode[];
}

/** Where the API publishes a statement's JSON-LD: the statement id as one URL-encoded path segment. */
export function claimDocumentPath(statementId: string): string {
  return `/statements/${encodeURIComponent(statementId)}.jsonld`;
}

/** The stable URL of a node of the graph: its page in the explorer. */
export function explorerUrl(baseUrl: string, kind: "entity" | "statement", id: string): string {
  return `${baseUrl}/explore?${kind}=${encodeURIComponent(id)}`;
}

/**
 * The statement's JSON-LD: always a `@graph` whose first node is the Claim, followed by one ClaimReview
 * per disputing or confirming statement (each naming the Claim by its @id), so that every statement has
 * the same shape whether or not anyone answered it.
 */
export function claimJsonLd(record: ClaimRecord, baseUrl: string): ClaimDocument {
  const claimId = `${baseUrl}${claimDocumentPath(record.statementId)}`;
  const appearances = inPublicationOrder(record.appearances).map((appearance) =>
    creativeWork(appearance, baseUrl),
  );
  const claim: JsonLdNode = {
    "@type": "Claim",
    "@id": claimId,
    url: explorerUrl(baseUrl, "statement", record.statementId),
    text: record.text,
    author: agent(record.speaker, baseUrl),
    ...optional("dateCreated", record.saidOn),
    ...(appearances.length > 0 ? { appearance: appearances, firstAppearance: appearances[0] } : {}),
  };
  const reviews = record.reviews.map((review) => claimReview(review, record, claimId, baseUrl));
  return { "@context": "https://schema.org", "@graph": [claim, ...reviews] };
}

/** The JSON-LD as served: the same text at GET /statements/{id}.jsonld and in Statement.claimJsonLd. */
export function claimJsonLdText(record: ClaimRecord, baseUrl: string): string {
  return JSON.stringify(claimJsonLd(record, baseUrl));
}

function claimReview(
  review: ClaimReviewSource,
  claimed: ClaimRecord,
  claimId: string,
  baseUrl: string,
): JsonLdNode {
  return {
    "@type": "ClaimReview",
    url: explorerUrl(baseUrl, "statement", review.statementId),
    claimReviewed: claimed.text,
    itemReviewed: { "@id": claimId },
    author: agent(review.author, baseUrl),
    reviewRating: { "@type": "Rating", ...REVIEW_RATINGS[review.relationship], ...CLAIM_RATING_SCALE },
    reviewBody: review.text,
    ...optional("dateCreated", review.saidOn),
    ...optional("datePublished", review.reportedIn?.publishedOn),
    ...(review.reportedIn ? { isBasedOn: creativeWork(review.reportedIn, baseUrl) } : {}),
  };
}

/**
 * schema.org's author and publisher are a Person or an Organization: a person is a Person, and any
 * other speaker (an organization, or a place or facility that speaks through its government or
 * operator) an Organization.
 */
function agent(entity: ClaimAgent, baseUrl: string): JsonLdNode {
  return {
    "@type": entity.type === EntityType.Person ? "Person" : "Organization",
    "@id": explorerUrl(baseUrl, "entity", entity.id),
    name: entity.name,
  };
}

function creativeWork(appearance: ClaimAppearance, baseUrl: string): JsonLdNode {
  const { publisher } = appearance;
  return {
    "@type": "NewsArticle",
    ...optional("@id", appearance.url),
    ...optional("url", appearance.url),
    headline: appearance.title,
    ...optional("datePublished", appearance.publishedOn),
    ...(publisher
      ? {
          publisher: {
            "@type": "Organization",
            ...optional("@id", publisher.id === null ? null : explorerUrl(baseUrl, "entity", publisher.id)),
            name: publisher.name,
          },
        }
      : {}),
  };
}

/** Earliest publication first (a partial date counts from its first day); undated reports last, in their given order. */
function inPublicationOrder(appearances: readonly ClaimAppearance[]): ClaimAppearance[] {
  const day = (appearance: ClaimAppearance) =>
    appearance.publishedOn === null ? "9999-12-31" : dateRange(appearance.publishedOn).from;
  return appearances
    .map((appearance, index) => ({ appearance, index }))
    .sort((a, b) => day(a.appearance).localeCompare(day(b.appearance)) || a.index - b.index)
    .map(({ appearance }) => appearance);
}

function optional(property: string, value: string | null | undefined): JsonLdNode {
  return value == null ? {} : { [property]: value };
}
