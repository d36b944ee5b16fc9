// Extractions waiting for review (needsReview), in id order for paging: statements, entities and
// relationships alike, each with what it is and how sure the extractor was; an ambiguous name's entity
// with the ids of its candidates (the known entities it may be; src/store/review.ts follows those merged
// since to the entity they became).
CALL () {
  MATCH (statement:Statement {needsReview: true})
  RETURN statement.id AS id, 'Statement' AS kind, statement.confidence AS confidence, [] AS candidateIds
  UNION ALL
  MATCH (entity:Entity {needsReview: true})
  RETURN entity.id AS id, 'Entity' AS kind, entity.confidence AS confidence,
    coalesce(entity.candidates, []) AS candidateIds
  UNION ALL
  MATCH ()-[relationship {needsReview: true}]->()
  RETURN relationship.id AS id, type(relationship) AS kind, relationship.confidence AS confidence,
    [] AS candidateIds
}
WITH id, kind, confidence, candidateIds
WHERE $after IS NULL OR id > $after
RETURN id, kind, confidence, candidateIds
ORDER BY id
LIMIT $limit
