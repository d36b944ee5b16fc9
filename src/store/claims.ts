// Statements as schema.org Claims: the records src/graph/claim-jsonld.ts builds JSON-LD from, for any
// number of statements in two queries (the reports, and the statements with their reviews).
import neo4j from "neo4j-driver";
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import type {
  ClaimAgent,
  ClaimAppearance,
  ClaimRecord,
  ClaimReviewSource,
  ReviewRelationship,
} from "../graph/claim-jsonld";
import { ENTITY_TYPES, EntityType } from "../graph/model";

/** The most reports one Claim lists (the earliest first), and the most reviews, so its work is bounded. */
export const MAX_CLAIM_APPEARANCES = 100;
export const MAX_CLAIM_REVIEWS = 50;

interface AppearanceRow {
  articleId: string;
  title: string;
  url: string | null;
  publishedOn: string | null;
  publisherId: string | null;
  publisherName: string | null;
}

interface AgentRow {
  id: string;
  name: string;
  labels: string[];
}

interface ReviewRow {
  relationship: ReviewRelationship;
  statementId: string;
  text: string;
  saidOn: string | null;
  author: AgentRow;
  article: AppearanceRow | null;
}

interface StatementRow {
  id: string;
  text: string;
  saidOn: string | null;
  speaker: AgentRow;
  reviews: ReviewRow[];
}

/**
 * Where each statement appeared, earliest published first: every article that reported the same words
 * (its utterance's statements, src/store/utterances.ts), or its own article when it has no utterance.
 */
export async function claimAppearances(
  db: Database,
  statementIds: readonly string[],
): Promise<Map<string, ClaimAppearance[]>> {
  const rows = await db.read<{ id: string; appearances: AppearanceRow[] }>(
    cypher("store/claim-appearances"),
    {
      ids: [...statementIds],
      maxAppearances: neo4j.int(MAX_CLAIM_APPEARANCES),
    },
  );
  return new Map(rows.map((row) => [row.id, row.appearances.map(toAppearance)]));
}

/** Each statement that exists, with its speaker, reports and reviews; unknown ids are left out. */
export async function claimRecords(
  db: Database,
  statementIds: readonly string[],
): Promise<Map<string, ClaimRecord>> {
  const [rows, appearances] = await Promise.all([
    db.read<StatementRow>(cypher("store/claim-statements"), {
      ids: [...statementIds],
      maxReviews: neo4j.int(MAX_CLAIM_REVIEWS),
    }),
    claimAppearances(db, statementIds),
  ]);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        statementId: row.id,
        text: row.text,
        saidOn: row.saidOn,
        speaker: toAgent(row.speaker),
        appearances: appearances.get(row.id) ?? [],
        reviews: row.reviews.map(toReview),
      },
    ]),
  );
}

function toAppearance(row: AppearanceRow): ClaimAppearance {
  return {
    articleId: row.articleId,
    title: row.title,
    url: row.url,
    publishedOn: row.publishedOn,
    publisher: row.publisherName === null ? null : { id: row.publisherId, name: row.publisherName },
  };
}

function toAgent(row: AgentRow): ClaimAgent {
  const type = ENTITY_TYPES.find((entityType) => row.labels.includes(entityType)) ?? EntityType.Organization;
  return { id: row.id, type, name: row.name };
}

function toReview(row: ReviewRow): ClaimReviewSource {
  return {
    relationship: row.relationship,
    statementId: row.statementId,
    text: row.text,
    saidOn: row.saidOn,
    author: toAgent(row.author),
    reportedIn: row.article === null ? null : toAppearance(row.article),
  };
}

/** Every statement's id, in id order. */
export async function allStatementIds(db: Database): Promise<string[]> {
  const rows = await db.read<{ id: string }>(cypher("store/statement-ids"));
  return rows.map((row) => row.id);
}
