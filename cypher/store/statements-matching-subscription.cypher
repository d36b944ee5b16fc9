// The statements among $ids (just added, in feed order) that a statementAdded subscriber asked for:
// each condition applies only when its parameter is set.
UNWIND range(0, size($ids) - 1) AS position
MATCH (speaker:Entity)-[:SAID]->(statement:Statement {id: $ids[position]})
WHERE ($speaker IS NULL OR speaker.id = $speaker)
  AND ($kind IS NULL OR statement.kind = $kind)
  AND ($minConfidence IS NULL OR statement.confidence >= $minConfidence)
  AND ($mentions IS NULL OR EXISTS { (statement)-[:MENTIONS]->(:Entity {id: $mentions}) })
RETURN statement
ORDER BY position
