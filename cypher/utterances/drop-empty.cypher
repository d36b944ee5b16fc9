// Deletes those of utterances $ids that no statement reports any more.
UNWIND $ids AS id
MATCH (utterance:Utterance {id: id})
WHERE NOT EXISTS { (:Statement)-[:REPORTS]->(utterance) }
DELETE utterance
