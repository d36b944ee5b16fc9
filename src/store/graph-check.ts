// The graph's invariants, counted: what `npm run check:graph` reports and the tests assert after every
// suite that writes. The constraints in cypher/schema.cypher enforce what Neo4j Community can (unique
// ids, one SAID and one REPORTED_IN per statement at most); the loader checks the rest in the writing
// transaction (src/store/graph-loader.ts); these queries find anything that got past both.
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import {
  ENTITY_TYPES,
  Label,
  RELATIONSHIP_ENDS,
  RelationshipType,
  StructuralRelationship,
  type EndKind,
} from "../graph/model";
import { GroupingMethod, MATCHED_METHODS } from "../graph/utterance-match";

export interface GraphCheck {
  /** cypher/check/<name>.cypher */
  name: string;
  /** What a violation is, in a few words. */
  rule: string;
}

export const GRAPH_CHECKS: readonly GraphCheck[] = [
  { name: "statements-without-one-speaker", rule: "every statement has exactly one speaker (SAID)" },
  { name: "statements-without-one-article", rule: "every statement is REPORTED_IN exactly its article" },
  { name: "statements-missing-properties", rule: "every statement has text, kind, origin and evidence" },
  { name: "relationships-without-evidence", rule: "every evidenced relationship has an id and evidence" },
  { name: "evidence-outside-its-article", rule: "every excerpt is the article text at its offsets" },
  { name: "relationships-with-wrong-ends", rule: "every relationship joins the ends its type allows" },
  { name: "one-per-statement-keys", rule: "SAID and REPORTED_IN carry their statement's id" },
  { name: "duplicate-ids", rule: "every id names one node, or one relationship of a type" },
  { name: "entities-without-one-type", rule: "every entity is one of Person, Organization, Place, Facility" },
  { name: "located-in-cycles", rule: "nothing lies in itself through LOCATED_IN" },
  { name: "orphan-figures", rule: "every figure belongs to a statement or an entity" },
  { name: "rejected-extractions-back", rule: "no rejected extraction is in the graph again" },
  { name: "change-feed-gaps", rule: "the change feed holds every number after the pruned ones" },
  { name: "statements-in-several-utterances", rule: "every statement reports at most one utterance" },
  {
    name: "utterances-without-one-speaker",
    rule: "every utterance has statements, and they share one speaker",
  },
  {
    name: "utterance-reports-without-method",
    rule: "every REPORTS says why: a method, and a score and matched statement when matched",
  },
  {
    name: "merged-entities-off-the-graph",
    rule: "a merged entity has no relationship but its merge's, and a merge's kept entity exists",
  },
  { name: "merged-ids-taken-again", rule: "no entity holds the id of an entity merged into another" },
  {
    name: "ambiguous-names-without-candidates",
    rule: "a name sent to review lists its candidates, each of its type",
  },
];

export interface CheckResult extends GraphCheck {
  violations: number;
  /** Up to five ids of offending nodes or relationships. */
  examples: string[];
}

function labelsOf(kinds: readonly (EndKind | "Article")[]): string[] {
  return kinds.map((kind) =>
    kind === "Statement" ? Label.Statement : kind === "Article" ? Label.Article : kind,
  );
}

/** The ends each relationship type may join, as labels: the model's RELATIONSHIP_ENDS and the structural ones. */
function allowedEnds(): Record<string, { from: string[]; to: string[] }> {
  const ends: Record<string, { from: string[]; to: string[] }> = {};
  for (const [type, { from, to }] of Object.entries(RELATIONSHIP_ENDS)) {
    ends[type] = { from: labelsOf(from), to: labelsOf(to) };
  }
  ends[StructuralRelationship.REPORTED_IN] = { from: [Label.Statement], to: [Label.Article] };
  ends[StructuralRelationship.PUBLISHED_BY] = { from: [Label.Article], to: [Label.Organization] };
  ends[StructuralRelationship.HAS_FIGURE] = { from: [Label.Statement, ...ENTITY_TYPES], to: [Label.Figure] };
  ends[StructuralRelationship.REPORTS] = { from: [Label.Statement], to: [Label.Utterance] };
  ends[StructuralRelationship.MERGED] = { from: [Label.EntityMerge], to: [Label.MergedEntity] };
  return ends;
}

/** Runs every check; the graph is sound when every count is 0. */
export async function checkGraph(
  db: Database,
  onCheck?: (check: GraphCheck) => void,
): Promise<CheckResult[]> {
  const params = {
    types: Object.values(RelationshipType),
    ends: allowedEnds(),
    methods: Object.values(GroupingMethod),
    matchedMethods: MATCHED_METHODS,
    entityTypes: ENTITY_TYPES,
  };
  const results: CheckResult[] = [];
  for (const check of GRAPH_CHECKS) {
    onCheck?.(check);
    const [row] = await db.read<{ violations: number; examples: string[] }>(
      cypher(`check/${check.name}`),
      params,
    );
    results.push({ ...check, violations: row?.violations ?? 0, examples: row?.examples ?? [] });
  }
  return results;
}

export function totalViolations(results: readonly CheckResult[]): number {
  return results.reduce((sum, result) => sum + result.violations, 0);
}
