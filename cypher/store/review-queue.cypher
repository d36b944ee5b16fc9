// Extractions waiting for review (needsReview), in id order for paging: statements, entities and
// relationships alike, each with what it is and how sure the extractor was; an ambiguous name's entity
// with its candidates (the known entities it may be).
CALL () {
  MATCH (statement:Statement {needsReview: true})
  RETURN statement.id AS id, 'Statement' AS kind, statement.confidence AS confidence, [] AS candidates
  UNION ALL
  MATCH (entity:Entity {needsReview: true})
  RETURN entity.id AS id, 'Entity' AS kind, entity.confidence AS confidence,
    COLLECT {
      MATCH (candidate:Entity)
      WHERE candidate.id IN coalesce(entity.candidates, [])
      RETURN candidate ORDER BY candidate.id
    } AS candidates
  UNION ALL
  MATCH ()-[relationship {needsReview: true}]->()
  RETURN relationship.id AS id, type(relationship) AS kind, relationship.confidence AS confidence,
    [] AS candidates
}
WITH id, kind, confidence, candidates
WHERE $after IS NULL OR id > $after
RETURN id, kind, confidence, candidates
ORDER BY id
LIMIT $limit
