// Statements that may report the same words as statement $id: the full-text index's best candidates
// for its text, of the same speaker, already grouped. src/graph/utterance-match.ts decides.
CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $candidates})
YIELD node AS candidate
WHERE candidate.id <> $id
  AND EXISTS { (:Entity {id: $speaker})-[:SAID]->(candidate) }
MATCH (candidate)-[:REPORTS]->(utterance:Utterance)
RETURN candidate.id AS id, candidate.text AS text, utterance.id AS utterance
