// Benchmark parameters: the most popular speaker (most SAID; degrees come from the count store).
MATCH (speaker:Entity)
WITH speaker, COUNT { (speaker)-[:SAID]->() } AS said
WHERE said > 0
RETURN speaker.id AS id, said
ORDER BY said DESC, id
LIMIT 1
