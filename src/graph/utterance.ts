// An utterance as the store returns it: its reports in order, the first one, and its canonical text.
import { Label } from "./model";
import { searchTokens } from "./search-text";
import type { GroupingMethod } from "./utterance-match";

/** One statement that reports the utterance, where and when it appeared, and why it was grouped. */
export interface UtteranceReport {
  statementId: string;
  text: string;
  speakerId: string;
  articleId: string;
  /** The article's publication date (YYYY, YYYY-MM or YYYY-MM-DD). */
  publishedOn: string | null;
  /** The publisher's name as the article gives it. */
  outlet: string | null;
  method: GroupingMethod;
  score: number | null;
  matchedStatementId: string | null;
  /** When a maintainer split or joined it. */
  decidedAt: string | null;
}

/** The fields of a report that name a node by its id, and the label of that node. */
export const REPORT_NODES = {
  statementId: Label.Statement,
  speakerId: Label.Entity,
  articleId: Label.Article,
  matchedStatementId: Label.Statement,
} as const satisfies Partial<Record<keyof UtteranceReport, Label>>;

export type ReportNodeKey = keyof typeof REPORT_NODES;
export type ReportNodeLabel = (typeof REPORT_NODES)[ReportNodeKey];

export interface UtteranceNode {
  id: string;
  /** The fullest wording: the report with the most words, the earliest of those. */
  text: string;
  speakerId: string;
  /** The report in the earliest article (then the article id, then the offset: a stable order). */
  firstReport: UtteranceReport;
  /** Every report, earliest first. */
  reports: UtteranceReport[];
}

/** Builds the utterance from its reports, already in order (cypher/utterances/reports.cypher). */
export function toUtterance(id: string, reports: UtteranceReport[]): UtteranceNode {
  const fullest = reports.reduce((best, report) =>
    searchTokens(report.text).length > searchTokens(best.text).length ? report : best,
  );
  return { id, text: fullest.text, speakerId: reports[0].speakerId, firstReport: reports[0], reports };
}
