// What an ingested article holds now, for the answer to an ingestion that changed nothing.
MATCH (article:Article {id: $articleId})
CALL (article) {
  MATCH (statement:Statement {articleId: article.id})
  OPTIONAL MATCH (statement)-[link:SAID|VIA|MENTIONS]-(entity:Entity)
  RETURN count(DISTINCT statement) AS statements,
    count(DISTINCT CASE WHEN statement.needsReview THEN statement END) AS statementsToReview,
    collect(DISTINCT entity.id) AS statementEntities
}
CALL () {
  MATCH (from)-[relationship:STRUCK|LOCATED_IN|HOLDS_ROLE|MEMBER_OF|DISPUTES|CONFIRMS {articleId: $articleId}]->(to)
  RETURN count(relationship) AS relationships,
    count(CASE WHEN type(relationship) = 'STRUCK' THEN 1 END) AS strikes,
    count(CASE WHEN relationship.needsReview THEN 1 END) AS relationshipsToReview,
    [end IN collect(from) + collect(to) WHERE end:Entity | end.id] AS listedEntities
}
RETURN article.title AS title,
  statements,
  relationships,
  strikes,
  statementsToReview + relationshipsToReview AS needsReview,
  size(COLLECT { UNWIND statementEntities + listedEntities AS id RETURN DISTINCT id }) AS entitiesLinked,
  COUNT { (rejected:RejectedExtraction {articleId: $articleId}) } AS rejectedBefore
