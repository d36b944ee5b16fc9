// npm run check:graph's counts: 0 on the seed graph, and each rule counts what breaks it.
import type { Database } from "../../src/db/database";
import { checkGraph, GRAPH_CHECKS, totalViolations } from "../../src/store/graph-check";
import { restoreSeed } from "../support/seeded";
import { openTestDatabase } from "../support/test-server";

const ARTICLE = "article/kyiv-independent-2025-01-24";

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await restoreSeed(db);
  await db.driver.close();
});

async function counts(): Promise<Record<string, number>> {
  return Object.fromEntries((await checkGraph(db)).map((result) => [result.name, result.violations]));
}

describe("checking the graph's invariants", () => {
  it("finds nothing wrong with the seed graph", async () => {
    await restoreSeed(db);
    const results = await checkGraph(db);
    expect(results.map((result) => result.name)).toEqual(GRAPH_CHECKS.map((check) => check.name));
    expect(totalViolations(results)).toBe(0);
  });

  it("counts each kind of violation, with examples", async () => {
    await restoreSeed(db);
    // Each of these breaks exactly one rule; the constraints keep duplicate ids and second speakers out.
    await db.write((tx) =>
      tx.run(
        `MATCH (article:Article {id: $article})
         MATCH (speaker:Person {id: 'person/heorhii-tykhyi'})
         MATCH (ukraine:Place {id: 'place/ukraine'}), (russia:Place {id: 'place/russia'})
         WITH article, speaker, ukraine, russia,
           {articleId: $article, evidenceStart: 0, evidenceEnd: 3, excerpt: substring(article.text, 0, 3)} AS evidence
         CREATE (silent:Statement {id: 'statement/check/no-speaker', text: 'T', kind: 'CLAIM', origin: 'curated'})
         SET silent += evidence
         CREATE (silent)-[:REPORTED_IN {statementId: silent.id}]->(article)
         CREATE (homeless:Statement {id: 'statement/check/no-article', text: 'T', kind: 'CLAIM', origin: 'curated'})
         SET homeless += evidence
         CREATE (speaker)-[said:SAID {id: 'SAID:check-1', statementId: homeless.id}]->(homeless)
         SET said += evidence
         CREATE (bare:Statement {id: 'statement/check/no-text', kind: 'CLAIM', origin: 'curated'})
         SET bare += evidence
         CREATE (bare)-[:REPORTED_IN {statementId: bare.id}]->(article)
         CREATE (speaker)-[keyless:SAID {id: 'SAID:check-2'}]->(bare)
         SET keyless += evidence
         CREATE (silent)-[:MENTIONS {id: 'MENTIONS:check-unevidenced'}]->(ukraine)
         CREATE (silent)-[misquoted:MENTIONS {id: 'MENTIONS:check-misquoted'}]->(russia)
         SET misquoted += evidence, misquoted.excerpt = 'not the text'
         CREATE (silent)-[wrong:LOCATED_IN {id: 'LOCATED_IN:check-statement'}]->(ukraine)
         SET wrong += evidence
         CREATE (bare)-[:REPORTS {method: 'FIRST'}]->(:Utterance {id: 'utterance/check-1'})
         CREATE (bare)-[:REPORTS {method: 'FIRST'}]->(:Utterance {id: 'utterance/check-2'})
         CREATE (:Utterance {id: 'utterance/check-empty'})
         CREATE (homeless)-[:REPORTS {method: 'IDENTICAL'}]->(:Utterance {id: 'utterance/check-3'})
         CREATE (:Entity {id: 'person/check-typeless', name: 'Typeless', origin: 'curated'})
         CREATE (east:Place:Entity {id: 'place/check-east', name: 'East', origin: 'curated'})
         CREATE (west:Place:Entity {id: 'place/check-west', name: 'West', origin: 'curated'})
         CREATE (east)-[in1:LOCATED_IN {id: 'LOCATED_IN:check-1'}]->(west)
         CREATE (west)-[in2:LOCATED_IN {id: 'LOCATED_IN:check-2'}]->(east)
         SET in1 += evidence, in2 += evidence
         CREATE (:Figure {id: 'statement/check/figure-1', name: 'n', value: 1, unit: 'u'})
         CREATE (:RejectedExtraction {id: 'person/check-rejected'})
         CREATE (:Person:Entity {id: 'person/check-rejected', name: 'Rejected', origin: 'extracted'})
         CREATE (:ChangeFeed {name: 'changes', head: 3, prunedThrough: 0})
         CREATE (:Change {seq: 1, kind: 'ENTITY_ADDED', subjectId: 'place/check-east', entityIds: []})
         CREATE (:Change {seq: 3, kind: 'ENTITY_ADDED', subjectId: 'place/check-west', entityIds: []})
         CREATE (:MergedEntity {id: 'person/check-held-by-no-merge', name: 'Orphan'})
         CREATE (:EntityMerge {id: 'merge/check-1', keep: 'place/check-east', merged: 'place/check-west'})
           -[:MERGED]->(:MergedEntity {id: 'place/check-west', name: 'West'})
         CREATE (:Person:Entity {id: 'person/check-ambiguous', name: 'Ambiguous', origin: 'extracted',
           candidates: ['place/check-east']})`,
        { article: ARTICLE },
      ),
    );
    expect(await counts()).toEqual({
      "change-feed-gaps": 1,
      "statements-without-one-speaker": 1,
      "statements-without-one-article": 1,
      "statements-missing-properties": 1,
      "relationships-without-evidence": 1,
      "evidence-outside-its-article": 1,
      "relationships-with-wrong-ends": 1,
      "one-per-statement-keys": 1,
      "duplicate-ids": 0,
      "entities-without-one-type": 1,
      "located-in-cycles": 2,
      "orphan-figures": 1,
      "rejected-extractions-back": 1,
      "statements-in-several-utterances": 1,
      "utterances-without-one-speaker": 1,
      "utterance-reports-without-method": 1,
      "merged-entities-off-the-graph": 1,
      "merged-ids-taken-again": 1,
      "ambiguous-names-without-candidates": 1,
    });
    const silent = (await checkGraph(db)).find((result) => result.name === "statements-without-one-speaker");
    expect(silent?.examples).toEqual(["statement/check/no-speaker (0 speakers)"]);
  });
});
