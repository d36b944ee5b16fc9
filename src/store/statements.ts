// Statements: by id, by quotation (whoSaid), and paged lists with filters.
import neo4j from "neo4j-driver";
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import { isPartialDate, dateRange } from "../graph/dates";
import { Label, type StatementKind } from "../graph/model";
import { toStatement, type NodeLike, type StatementNode } from "../graph/nodes";
import { candidatesToScore, rankQuotationMatches } from "../graph/text-match";
import { InputError } from "../errors";
import { allWordsQuery, phraseQuery } from "./fulltext";
import { decodeCursor, fetchLimit, pageSize, toPage, type Page, type PageRequest } from "./pagination";
import {
  keyedById,
  nodeProjection,
  nodesByIds,
  pageWithNeighbours,
  readWithNeighbours,
  type Neighbourhood,
  type Prefetch,
  type WithNeighbours,
} from "./prefetch";

export async function statementsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, StatementNode>> {
  return keyedById(await statementsWithNeighbours(db, ids));
}

/** Statements by id, each with what `prefetch` plans for it. */
export function statementsWithNeighbours(
  db: Database,
  ids: readonly string[],
  prefetch?: Prefetch,
): Promise<WithNeighbours<StatementNode>> {
  return nodesByIds(db, cypher("store/statements-by-ids"), "statement", toStatement, ids, prefetch);
}

export interface StatementMatch {
  statement: StatementNode;
  score: number;
  /** What the prefetch planned for the statement (null without one). */
  neighbourhood: Neighbourhood | null;
}

/**
 * The statements a pasted quotation or fragment comes from, best first. The full-text index proposes
 * candidates; each is scored by how much of the quotation it holds in order (its verbatim text or its
 * evidence), and anything under WHO_SAID_MIN_SCORE is dropped rather than offered as a weak guess.
 */
export async function whoSaid(
  db: Database,
  quote: string,
  limit: number,
  prefetch?: Prefetch,
): Promise<StatementMatch[]> {
  if (quote.trim() === "") throw new InputError("quote", "must not be empty");
  const query = phraseQuery(quote);
  if (query === null) return [];
  const { rows, neighbourhoods } = await readWithNeighbours<{ statement: NodeLike; score: number }>(
    db,
    cypher("store/who-said-candidates"),
    { query, candidates: neo4j.int(candidatesToScore(limit)) },
    "statement",
    prefetch,
  );
  const candidates = rows.map((row, index) => ({
    statement: toStatement(row.statement),
    neighbourhood: neighbourhoods[index] ?? null,
  }));
  return rankQuotationMatches(
    quote,
    candidates,
    ({ statement }) => [statement.text, statement.evidence.excerpt],
    limit,
  ).map(({ candidate, score }) => ({ ...candidate, score }));
}

export interface StatementFilter {
  /** Entity id of the speaker. */
  speaker?: string | null;
  /** Entity id the statements mention. */
  mentions?: string | null;
  kinds?: StatementKind[] | null;
  /** Said on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  saidFrom?: string | null;
  /** Said on or before this date. */
  saidUntil?: string | null;
  article?: string | null;
  /** Words to search for in the statement text and evidence. */
  text?: string | null;
}

/*
 * The query is built from the filter: the first clause starts from the most selective thing the filter
 * names (a speaker's statements, the full-text index, an article's statements), and the WHERE clause
 * holds only the conditions the filter sets, so the planner sees a plain, index-friendly query rather
 * than a catch-all one full of `$x IS NULL OR …`.
 */
const START = {
  text: "CALL db.index.fulltext.queryNodes('statement_text', $textQuery) YIELD node AS statement",
  speaker: "MATCH (:Entity {id: $speaker})-[:SAID]->(statement:Statement)",
  mentions: "MATCH (statement:Statement)-[:MENTIONS]->(:Entity {id: $mentions})",
  article: "MATCH (statement:Statement {articleId: $article})",
  all: "MATCH (statement:Statement)",
};

const CONDITIONS: Record<keyof typeof START | "kinds" | "saidFrom" | "saidUntil", string> = {
  text: "",
  speaker: "EXISTS { (:Entity {id: $speaker})-[:SAID]->(statement) }",
  mentions: "EXISTS { (statement)-[:MENTIONS]->(:Entity {id: $mentions}) }",
  article: "statement.articleId = $article",
  all: "",
  kinds: "statement.kind IN $kinds",
  saidFrom: "statement.saidUntil >= date($saidFrom)",
  saidUntil: "statement.saidFrom <= date($saidUntil)",
};

function statementListQuery(params: Record<string, unknown>, returns: string, paging: boolean): string {
  const set = (key: string) => params[key] != null;
  const start = set("textQuery")
    ? "text"
    : set("speaker")
      ? "speaker"
      : set("mentions")
        ? "mentions"
        : set("article")
          ? "article"
          : "all";
  const conditions = (["speaker", "mentions", "article", "kinds", "saidFrom", "saidUntil"] as const)
    .filter((key) => key !== start && set(key))
    .map((key) => CONDITIONS[key]);
  if (paging && set("after")) conditions.push("statement.id > $after");
  const where = conditions.length > 0 ? `\nWHERE ${conditions.join("\n  AND ")}` : "";
  return `${START[start]}${where}\n${returns}`;
}

function statementListParams(filter: StatementFilter, after: string | null): Record<string, unknown> {
  const checkDate = (field: "saidFrom" | "saidUntil") => {
    const value = filter[field];
    if (value != null && !isPartialDate(value))
      throw new InputError(field, "must be a date YYYY, YYYY-MM or YYYY-MM-DD");
    if (value == null) return null;
    // A partial bound covers its whole period: saidUntil 2022 means up to 2022-12-31.
    return field === "saidFrom" ? dateRange(value).from : dateRange(value).until;
  };
  const textQuery = filter.text ? allWordsQuery(filter.text) : null;
  if (filter.text && textQuery === null) throw new InputError("text", "must contain at least one word");
  return {
    speaker: filter.speaker ?? null,
    mentions: filter.mentions ?? null,
    article: filter.article ?? null,
    kinds: filter.kinds && filter.kinds.length > 0 ? filter.kinds : null,
    saidFrom: checkDate("saidFrom"),
    saidUntil: checkDate("saidUntil"),
    textQuery,
    after,
  };
}

/** A page of statements in id order, each with what `prefetch` plans for it. */
export async function listStatements(
  db: Database,
  filter: StatementFilter,
  page: PageRequest,
  prefetch?: Prefetch,
): Promise<Page<StatementNode> & WithNeighbours<StatementNode>> {
  const size = pageSize(page.first);
  const params: Record<string, unknown> = {
    ...statementListParams(filter, decodeCursor(page.after)),
    limit: fetchLimit(size),
  };
  const onlySpeaker = Object.entries(params).every(
    ([key, value]) => ["speaker", "after", "limit"].includes(key) || value == null,
  );
  const query =
    params.speaker != null && onlySpeaker
      ? cypher("store/statements-page-by-speaker")
      : statementListQuery(
          params,
          `WITH statement\nORDER BY statement.id\nLIMIT $limit\nRETURN ${nodeProjection("statement", Label.Statement)} AS statement`,
          true,
        );
  const { rows, neighbourhoods } = await readWithNeighbours<{ statement: NodeLike }>(
    db,
    query,
    params,
    "statement",
    prefetch,
  );
  return pageWithNeighbours(
    toPage(
      rows.map((row) => toStatement(row.statement)),
      size,
      (statement) => statement.id,
    ),
    neighbourhoods,
  );
}

export async function countStatements(db: Database, filter: StatementFilter): Promise<number> {
  const params = statementListParams(filter, null);
  const [row] = await db.read<{ total: number }>(
    statementListQuery(params, "RETURN count(statement) AS total", false),
    params,
  );
  return row.total;
}

/** What a statementAdded subscriber asks for; each condition applies when set. */
export interface StatementSubscriptionFilter {
  speaker?: string | null;
  mentions?: string | null;
  kind?: StatementKind | null;
  minConfidence?: number | null;
}

/** The statements among `ids` that match `filter`, in the order of `ids` (deleted ones left out). */
export async function statementsMatching(
  db: Database,
  ids: readonly string[],
  filter: StatementSubscriptionFilter,
): Promise<StatementNode[]> {
  if (ids.length === 0) return [];
  const rows = await db.read<{ statement: NodeLike }>(cypher("store/statements-matching-subscription"), {
    ids,
    speaker: filter.speaker ?? null,
    mentions: filter.mentions ?? null,
    kind: filter.kind ?? null,
    minConfidence: filter.minConfidence ?? null,
  });
  return rows.map((row) => toStatement(row.statement));
}
