// The utterance each of statements $ids reports. src/store/utterances.ts follows this with
// reports.cypher, which reads every report in order, and returns statementId, utterance.id AS id, reports.
UNWIND $ids AS statementId
MATCH (:Statement {id: statementId})-[:REPORTS]->(utterance:Utterance)
