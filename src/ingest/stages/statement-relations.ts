// Stage: how statements answer each other. A rebuttal ("Clinton denied Trump's claim", "the ministry rejected
// the reports") disputes the latest earlier statement of someone else that it is about; a confirmation
// confirms one the same way.
import { RelationshipType, StatementKind } from "../../graph/model";
import type { StatementRecord } from "../../seed/records";
import type { Span } from "../text";
import type { RelationFinding } from "./events";

/** How many statements back a rebuttal looks for what it answers. */
const REACH = 12;

function aboutSameThings(answer: StatementRecord, earlier: StatementRecord): boolean {
  if (answer.evidence.excerpt.includes(earlier.text.slice(0, 40))) return true;
  const mentioned = new Set([...answer.mentions]);
  // "denied Trump's claim": the earlier speaker is named in the rebuttal's own words.
  if (mentioned.has(earlier.speaker)) return true;
  return earlier.mentions.some((id) => mentioned.has(id));
}

export function relateStatements(
  statements: readonly StatementRecord[],
  evidenceOf: (statement: StatementRecord) => Span,
): RelationFinding[] {
  const findings: RelationFinding[] = [];
  statements.forEach((statement, index) => {
    const type =
      statement.kind === StatementKind.REBUTTAL
        ? RelationshipType.DISPUTES
        : statement.kind === StatementKind.CONFIRMATION
          ? RelationshipType.CONFIRMS
          : undefined;
    if (type === undefined) return;
    const target = statements
      .slice(Math.max(0, index - REACH), index)
      .reverse()
      .find((earlier) => earlier.speaker !== statement.speaker && aboutSameThings(statement, earlier));
    if (target === undefined) return;
    findings.push({
      type,
      from: statement.id,
      to: target.id,
      evidence: evidenceOf(statement),
      confidence: Math.min(statement.confidence ?? 0.5, target.confidence ?? 0.5),
    });
  });
  return findings;
}
