// Before a newer extractor writes an article again: deletes what the older extraction wrote into it
// that no maintainer touched — relationships and statements with origin 'extracted' and no reviewedAt —
// and then the entities it introduced that nothing refers to any more. Curated facts, accepted ones
// (reviewedAt), corrected ones (which became curated) and statements a curated or accepted
// relationship hangs on stay; rejected ones stay remembered as RejectedExtraction.
// One index seek per type (cypher/schema.cypher): the listed relationships evidenced in the article.
MATCH ()-[relationship:STRUCK|LOCATED_IN|HOLDS_ROLE|MEMBER_OF|DISPUTES|CONFIRMS {articleId: $articleId}]->()
WITH relationship
WHERE relationship.origin = 'extracted' AND relationship.reviewedAt IS NULL
DELETE relationship
WITH count(*) AS relationships
CALL () {
  MATCH (statement:Statement {articleId: $articleId})
  WHERE statement.origin = 'extracted'
    AND statement.reviewedAt IS NULL
    AND NOT EXISTS { (statement)-[kept]-() WHERE kept.origin = 'curated' OR kept.reviewedAt IS NOT NULL }
  OPTIONAL MATCH (statement)-[:HAS_FIGURE]->(figure:Figure)
  DETACH DELETE figure, statement
}
CALL () {
  MATCH (entity:Entity {extractedFrom: $articleId})
  WHERE entity.origin = 'extracted'
    AND entity.reviewedAt IS NULL
    AND NOT EXISTS { (entity)-[link]-() WHERE type(link) <> 'HAS_FIGURE' }
  OPTIONAL MATCH (entity)-[:HAS_FIGURE]->(figure:Figure)
  DETACH DELETE figure, entity
}
RETURN relationships
