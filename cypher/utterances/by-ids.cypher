// Utterances by id, each named by one of its statements (by-statements.cypher reads them whole).
UNWIND $ids AS id
MATCH (utterance:Utterance {id: id})
MATCH (statement:Statement)-[:REPORTS]->(utterance)
WITH id, min(statement.id) AS statementId
RETURN id, statementId
