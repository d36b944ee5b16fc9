// Utterances: the statements that report the same words by one speaker, grouped on ingest and on
// curation, read with every report in order, split and joined by maintainers.
//
// Grouping one statement is bounded work: one full-text query for candidates of the same speaker
// (at most UTTERANCE_CANDIDATES), scored by src/graph/utterance-match.ts, and one write.
import neo4j from "neo4j-driver";
import { cypher } from "../db/cypher";
import type { Database, Transaction } from "../db/database";
import { bestUtteranceMatch, GroupingMethod, MAINTAINER_METHODS } from "../graph/utterance-match";
import { toUtterance, type UtteranceNode, type UtteranceReport } from "../graph/utterance";
import { InputError, NotFoundError } from "../errors";
import { ChangeKind } from "../graph/model";
import { appendChanges } from "./changes";
import { phraseQuery } from "./fulltext";

/** How many full-text candidates a statement is scored against. */
export const UTTERANCE_CANDIDATES = 50;

type Run = Transaction["run"];

interface Subject {
  text: string;
  speaker: string;
  utterance: string | null;
  method: GroupingMethod | null;
}

export interface GroupOptions {
  /**
   * The statement's text or speaker may have changed (curation): group it again, unless a maintainer
   * placed it and its speaker is still its utterance's.
   */
  regroup?: boolean;
}

/** The utterance a statement joined or founded, and why; null when it stayed where it was. */
export interface Grouping {
  statementId: string;
  utteranceId: string;
  method: GroupingMethod;
  score: number | null;
  matchedStatementId: string | null;
}

async function speakersOf(run: Run, utteranceId: string): Promise<{ speakers: string[]; reports: number }> {
  const [row] = await run<{ speakers: string[]; reports: number }>(cypher("utterances/speakers"), {
    id: utteranceId,
  });
  return row ?? { speakers: [], reports: 0 };
}

/** Whether the statement stays in its utterance without being grouped again. */
async function staysPut(run: Run, subject: Subject, options: GroupOptions): Promise<boolean> {
  if (subject.utterance === null) return false;
  if (!options.regroup) return true;
  if (!MAINTAINER_METHODS.includes(subject.method!)) return false;
  const { speakers } = await speakersOf(run, subject.utterance);
  return speakers.length === 1 && speakers[0] === subject.speaker;
}

async function found(run: Run, statementId: string, method: GroupingMethod): Promise<string> {
  const decidedAt = MAINTAINER_METHODS.includes(method)
    ? neo4j.types.DateTime.fromStandardDate(new Date())
    : null;
  const [row] = await run<{ id: string }>(cypher("utterances/found"), { id: statementId, method, decidedAt });
  return row.id;
}

/**
 * Puts one statement in the utterance of the best-matching statement of the same speaker, or in a new
 * utterance of its own. A statement already grouped stays, unless `regroup` (see GroupOptions).
 */
export async function groupStatement(
  tx: Transaction,
  statementId: string,
  options: GroupOptions = {},
): Promise<Grouping | null> {
  const run = tx.run.bind(tx);
  const [subject] = await run<Subject & Record<string, unknown>>(cypher("utterances/subject"), {
    id: statementId,
  });
  if (!subject || (await staysPut(run, subject, options))) return null;
  if (subject.utterance !== null) await run(cypher("utterances/leave"), { id: statementId });
  const query = phraseQuery(subject.text);
  const candidates =
    query === null
      ? []
      : await run<{ id: string; text: string; utterance: string }>(cypher("utterances/candidates"), {
          id: statementId,
          speaker: subject.speaker,
          query,
          candidates: neo4j.int(UTTERANCE_CANDIDATES),
        });
  const best = bestUtteranceMatch(subject.text, candidates, (candidate) => candidate.text);
  if (best === null) {
    const utteranceId = await found(run, statementId, GroupingMethod.FIRST);
    return { statementId, utteranceId, method: GroupingMethod.FIRST, score: null, matchedStatementId: null };
  }
  const grouping: Grouping = {
    statementId,
    utteranceId: best.candidate.utterance,
    method: best.match.method,
    score: best.match.score,
    matchedStatementId: best.candidate.id,
  };
  await run(cypher("utterances/join"), {
    id: statementId,
    utterance: grouping.utteranceId,
    method: grouping.method,
    score: grouping.score,
    matched: grouping.matchedStatementId,
    decidedAt: null,
  });
  return grouping;
}

/** Groups statements one after the other, so that each sees the ones before it. */
export async function groupStatements(
  tx: Transaction,
  statementIds: readonly string[],
  options: GroupOptions = {},
): Promise<Grouping[]> {
  const groupings: Grouping[] = [];
  for (const id of statementIds) {
    const grouping = await groupStatement(tx, id, options);
    if (grouping) groupings.push(grouping);
  }
  return groupings;
}

/**
 * Runs a deletion of statements (of article `scope.articleId`, or statement `scope.statementId`) and
 * then deletes the utterances it left without statements.
 */
export async function withEmptyUtterancesDropped<T>(
  tx: Transaction,
  scope: { articleId: string } | { statementId: string },
  deletion: () => Promise<T>,
): Promise<T> {
  const [row] =
    "articleId" in scope
      ? await tx.run<{ ids: string[] }>(cypher("utterances/of-article"), { articleId: scope.articleId })
      : await tx.run<{ ids: string[] }>(cypher("utterances/of-statement"), { id: scope.statementId });
  const result = await deletion();
  if (row && row.ids.length > 0) await tx.run(cypher("utterances/drop-empty"), { ids: row.ids });
  return result;
}

interface UtteranceRow {
  statementId: string;
  id: string;
  reports: UtteranceReport[];
}

/** Reads utterances through `run`: a read of the database, or a query in a write transaction. */
async function readUtterances(
  run: Run,
  statementIds: readonly string[],
): Promise<Map<string, UtteranceNode>> {
  const query = [
    cypher("utterances/by-statements"),
    cypher("utterances/reports"),
    "RETURN statementId, utterance.id AS id, reports",
  ].join("\n");
  const rows = await run<UtteranceRow & Record<string, unknown>>(query, { ids: [...new Set(statementIds)] });
  return new Map(rows.map((row) => [row.statementId, toUtterance(row.id, row.reports)]));
}

async function readUtterancesByIds(run: Run, ids: readonly string[]): Promise<Map<string, UtteranceNode>> {
  const named = await run<{ id: string; statementId: string }>(cypher("utterances/by-ids"), { ids });
  const byStatement = await readUtterances(
    run,
    named.map((row) => row.statementId),
  );
  return new Map([...byStatement.values()].map((utterance) => [utterance.id, utterance]));
}

/** The utterance of each statement (those in none are left out), every report in order. */
export function utterancesOfStatements(
  db: Database,
  statementIds: readonly string[],
): Promise<Map<string, UtteranceNode>> {
  return readUtterances(db.read.bind(db), statementIds);
}

/** Utterances by id. */
export function utterancesByIds(db: Database, ids: readonly string[]): Promise<Map<string, UtteranceNode>> {
  return readUtterancesByIds(db.read.bind(db), ids);
}

/**
 * Every report of the utterance statement `statementId` belongs to, in order, and the first one (the
 * earliest article). null when the statement is in no utterance (or does not exist).
 */
export async function utteranceReports(
  db: Database,
  statementId: string,
): Promise<{ utteranceId: string; reports: UtteranceReport[]; first: UtteranceReport } | null> {
  const utterance = (await utterancesOfStatements(db, [statementId])).get(statementId);
  return utterance
    ? { utteranceId: utterance.id, reports: utterance.reports, first: utterance.firstReport }
    : null;
}

/** The utterance as the write left it, read in the same transaction (what an idempotent retry returns). */
async function readBack(run: Run, utteranceId: string): Promise<UtteranceNode> {
  const utterance = (await readUtterancesByIds(run, [utteranceId])).get(utteranceId);
  if (!utterance) throw new NotFoundError("id", utteranceId);
  return utterance;
}

/**
 * A maintainer's decision: the statement leaves its utterance for one of its own, and grouping never
 * moves it again (method SPLIT). Other statements may still be grouped with it later.
 */
export function splitStatement(db: Database, statementId: string): Promise<UtteranceNode> {
  return db.write(async (tx) => {
    const run = tx.run.bind(tx);
    const [subject] = await run<Subject & Record<string, unknown>>(cypher("utterances/subject"), {
      id: statementId,
    });
    if (!subject) throw new NotFoundError("statement", statementId);
    if (subject.utterance !== null) await run(cypher("utterances/leave"), { id: statementId });
    const utterance = await readBack(run, await found(run, statementId, GroupingMethod.SPLIT));
    await appendChanges(tx, [
      { kind: ChangeKind.UTTERANCE_SPLIT, subjectId: statementId, entityIds: [utterance.speakerId] },
    ]);
    return utterance;
  });
}

/**
 * A maintainer's decision: every statement of utterance `merge` moves to utterance `keep` (method
 * JOINED) and `merge` is deleted. Refused for the same utterance twice, an unknown id, or two speakers.
 */
export async function joinUtterances(db: Database, keep: string, merge: string): Promise<UtteranceNode> {
  if (keep === merge) throw new InputError("merge", "is the utterance to keep: name two different ones");
  return db.write(async (tx) => {
    const run = tx.run.bind(tx);
    const kept = await speakersOf(run, keep);
    if (kept.reports === 0) throw new NotFoundError("keep", keep);
    const merged = await speakersOf(run, merge);
    if (merged.reports === 0) throw new NotFoundError("merge", merge);
    if (kept.speakers.join() !== merged.speakers.join()) {
      throw new InputError(
        "merge",
        `${merge} is said by ${merged.speakers.join(", ")}, ${keep} by ${kept.speakers.join(", ")}: an utterance has one speaker`,
      );
    }
    await run(cypher("utterances/move"), {
      from: merge,
      to: keep,
      method: GroupingMethod.JOINED,
      decidedAt: neo4j.types.DateTime.fromStandardDate(new Date()),
    });
    await appendChanges(tx, [
      { kind: ChangeKind.UTTERANCES_JOINED, subjectId: keep, entityIds: kept.speakers },
    ]);
    return readBack(run, keep);
  });
}

export interface BackfillProgress {
  total: number;
  done: number;
}

/**
 * Groups every statement that is in no utterance (a graph ingested before utterances, or the seed),
 * earliest article first, `batchSize` statements per transaction. Idempotent: a second run finds none.
 */
export async function groupUngroupedStatements(
  db: Database,
  options: { batchSize?: number; onProgress?: (progress: BackfillProgress) => void } = {},
): Promise<{ statements: number; utterancesFounded: number }> {
  const batchSize = options.batchSize ?? 200;
  const [{ count: total }] = await db.read<{ count: number }>(cypher("utterances/ungrouped-count"));
  let done = 0;
  let founded = 0;
  options.onProgress?.({ total, done });
  for (;;) {
    const groupings = await db.write(async (tx) => {
      const batch = await tx.run<{ id: string }>(cypher("utterances/ungrouped"), {
        limit: neo4j.int(batchSize),
      });
      return groupStatements(
        tx,
        batch.map((row) => row.id),
      );
    });
    if (groupings.length === 0) break;
    done += groupings.length;
    founded += groupings.filter((grouping) => grouping.method === GroupingMethod.FIRST).length;
    options.onProgress?.({ total, done });
  }
  return { statements: done, utterancesFounded: founded };
}
