// Benchmark parameters: a person whose neighbourhood is about the same size at every scale (said
// and mentioned in about ten statements each), so the lookup measures the index, not the fan-out.
MATCH (entity:Person)
WITH entity, COUNT { (entity)-[:SAID]->() } AS said, COUNT { (entity)<-[:MENTIONS]-() } AS mentioned
WHERE said > 0 AND mentioned > 0
RETURN entity.id AS id, said, mentioned
ORDER BY abs(said - 10) + abs(mentioned - 10), id
LIMIT 1
