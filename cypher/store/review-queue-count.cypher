// How many extractions wait for review.
RETURN COUNT { MATCH (statement:Statement {needsReview: true}) } +
  COUNT { MATCH (entity:Entity {needsReview: true}) } +
  COUNT { MATCH ()-[relationship {needsReview: true}]->() } AS total
