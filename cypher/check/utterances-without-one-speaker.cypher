// Utterances whose statements have different speakers, or none: the same words by one speaker only.
MATCH (utterance:Utterance)
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(:Statement)-[:REPORTS]->(utterance)
WITH utterance, count(DISTINCT speaker) AS speakers
WHERE speakers <> 1
RETURN count(utterance) AS violations, collect(utterance.id)[..5] AS examples
