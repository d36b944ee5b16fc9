// Stage: who said what. The attribution rules run in order; a later rule's finding is kept only when
// its words are not already an earlier finding's (a direct quotation before the clause that holds it,
// a reported clause before a clause reported inside it).
import { accordingTo } from "../rules/according-to";
import { inFindings } from "../rules/in-findings";
import { attributionAside } from "../rules/attribution-aside";
import { cueAdjectiveClause } from "../rules/cue-adjective-clause";
import { cueNounClause } from "../rules/cue-noun-clause";
import { cueThenClause } from "../rules/cue-then-clause";
import { headline } from "../rules/headline";
import { quotationContinues } from "../rules/quotation-continues";
import { quotationWithCue } from "../rules/quotation-with-cue";
import { reportedClause } from "../rules/reported-clause";
import type { AttributionRule, Finding, TokenRef } from "../rules/rule";
import { signedQuotation } from "../rules/signed-quotation";
import { transcriptTurn } from "../rules/transcript-turn";
import { verbObject } from "../rules/verb-object";
import type { Span } from "../text";
import type { ArticleDocument } from "./document";

export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  signedQuotation,
  quotationWithCue,
  transcriptTurn,
  attributionAside,
  reportedClause,
  cueThenClause,
  accordingTo,
  inFindings,
  cueNounClause,
  cueAdjectiveClause,
  verbObject,
  quotationContinues,
  headline,
];

function length(spans: readonly Span[]): number {
  return spans.reduce((sum, span) => sum + span.end - span.start, 0);
}

function overlap(a: readonly Span[], b: readonly Span[]): number {
  let shared = 0;
  for (const x of a)
    for (const y of b) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return shared;
}

function sameToken(a: TokenRef | undefined, b: TokenRef | undefined): boolean {
  return a !== undefined && b !== undefined && a.sentence === b.sentence && a.token === b.token;
}

/**
 * A later finding gives way to a kept one when they read the same cue, or when its words are already the
 * kept one's: most of either, for a quotation, or nearly all of the later one. An attribution inside what
 * someone else said ("X said Y believes Z") is part of X's statement, as a quotation inside a quotation
 * is: the article vouches only that X said it, so Y gets no statement of their own from it.
 */
function conflicts(kept: Finding, candidate: Finding): boolean {
  // One cue says one thing: two readings of the same verb are one attribution, the first rule's.
  if (sameToken(kept.cue, candidate.cue)) return true;
  const shared = overlap(kept.content, candidate.content);
  if (shared === 0) return false;
  const ofCandidate = shared / length(candidate.content);
  const ofKept = shared / length(kept.content);
  if (kept.direct || candidate.direct) return ofCandidate > 0.5 || ofKept > 0.5;
  return ofCandidate > 0.8;
}

/**
 * A quotation that goes on in the next sentences or paragraphs without a new attribution is the rest of the
 * same statement: its parts join the direct quotation just before.
 */
function joinContinuations(findings: readonly Finding[]): Finding[] {
  const joined: Finding[] = [];
  for (const finding of findings) {
    const previous = joined[joined.length - 1];
    if (
      finding.source.kind === "previous-quotation" &&
      previous?.direct &&
      finding.sentences.first - previous.sentences.last <= 2
    ) {
      joined[joined.length - 1] = {
        ...previous,
        content: [...previous.content, ...finding.content],
        sentences: {
          first: previous.sentences.first,
          last: Math.max(previous.sentences.last, finding.sentences.last),
        },
      };
      continue;
    }
    joined.push(finding);
  }
  return joined;
}

/**
 * "said his wife was qualified because “the world's in tough shape”": a later reading of the same cue whose
 * words hold the whole of the earlier one's and more — a quotation that is only part of what was said.
 */
function widens(candidate: Finding, kept: Finding): boolean {
  return (
    sameToken(kept.cue, candidate.cue) &&
    overlap(kept.content, candidate.content) === length(kept.content) &&
    length(candidate.content) > length(kept.content)
  );
}

export function findAttributions(
  document: ArticleDocument,
  rules: readonly AttributionRule[] = ATTRIBUTION_RULES,
): Finding[] {
  const kept: Finding[] = [];
  for (const rule of rules) {
    for (const finding of rule.find(document)) {
      const rivals = kept.filter((existing) => conflicts(existing, finding));
      if (rivals.length === 1 && widens(finding, rivals[0])) kept[kept.indexOf(rivals[0])] = finding;
      else if (rivals.length === 0) kept.push(finding);
    }
  }
  return joinContinuations(kept.sort((a, b) => a.content[0].start - b.content[0].start));
}
