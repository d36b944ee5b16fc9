// The utterance statement $id reports, as a list: the one its deletion may leave empty.
MATCH (:Statement {id: $id})-[:REPORTS]->(utterance:Utterance)
RETURN collect(utterance.id) AS ids
