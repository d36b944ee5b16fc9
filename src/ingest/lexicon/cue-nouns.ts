// Nouns that carry someone's words or thoughts when a clause follows them: "Trump's claim that …",
// "a warning that …", "the threat to …". Each with the kind of statement it names.
import { StatementKind } from "../../graph/model";

const { PARAPHRASE, CLAIM, REPORT, CONFIRMATION, DECISION, ANNOUNCEMENT, ESTIMATE, REBUTTAL, QUESTION } =
  StatementKind;

const CUE_NOUNS: Readonly<Record<string, StatementKind>> = {
  claim: CLAIM,
  allegation: CLAIM,
  accusation: CLAIM,
  assertion: CLAIM,
  contention: CLAIM,
  charge: CLAIM,
  insistence: CLAIM,
  belief: CLAIM,
  argument: CLAIM,
  statement: PARAPHRASE,
  remark: PARAPHRASE,
  comment: PARAPHRASE,
  suggestion: PARAPHRASE,
  warning: PARAPHRASE,
  threat: PARAPHRASE,
  assurance: PARAPHRASE,
  admission: CONFIRMATION,
  confirmation: CONFIRMATION,
  promise: DECISION,
  pledge: DECISION,
  vow: DECISION,
  decision: DECISION,
  order: DECISION,
  announcement: ANNOUNCEMENT,
  declaration: ANNOUNCEMENT,
  proposal: ANNOUNCEMENT,
  demand: ANNOUNCEMENT,
  call: ANNOUNCEMENT,
  report: REPORT,
  finding: REPORT,
  estimate: ESTIMATE,
  prediction: ESTIMATE,
  forecast: ESTIMATE,
  projection: ESTIMATE,
  denial: REBUTTAL,
  rejection: REBUTTAL,
  question: QUESTION,
};

export function cueNounKind(lemma: string): StatementKind | undefined {
  return CUE_NOUNS[lemma.toLowerCase()];
}

/** Documents and studies a source speaks through: "according to an analysis by The Post" names The Post. */
export const DOCUMENT_NOUNS = new Set([
  "analysis",
  "report",
  "study",
  "survey",
  "poll",
  "statement",
  "document",
  "data",
  "memo",
  "letter",
  "filing",
  "estimate",
  "estimates",
  "figures",
  "records",
  "review",
  "investigation",
  "audit",
  "complaint",
  "lawsuit",
  "release",
  "transcript",
  "account",
  "interview",
  "post",
  "tweet",
  "video",
  "book",
  "article",
  "story",
  "ad",
  "advertisement",
]);

/** Surveys and studies whose findings a sentence opened by "In …," reports ("In a Des Moines Register poll, …"). */
export const FINDING_DOCUMENTS = new Set(["poll", "survey", "study", "analysis", "census", "tally", "count"]);
