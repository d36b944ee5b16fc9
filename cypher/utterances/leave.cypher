// Statement $id leaves its utterance; an utterance left without reports goes too.
MATCH (:Statement {id: $id})-[membership:REPORTS]->(utterance:Utterance)
DELETE membership
WITH utterance
WHERE NOT EXISTS { (:Statement)-[:REPORTS]->(utterance) }
DELETE utterance
