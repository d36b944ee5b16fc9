// Relationships of an evidenced type ($types: every type but REPORTED_IN, PUBLISHED_BY and HAS_FIGURE)
// without their id or the four properties of their evidence.
MATCH ()-[relationship]->()
WHERE type(relationship) IN $types
  AND (relationship.id IS NULL OR relationship.articleId IS NULL OR relationship.evidenceStart IS NULL
    OR relationship.evidenceEnd IS NULL OR relationship.excerpt IS NULL)
RETURN count(relationship) AS violations,
  collect(coalesce(relationship.id, type(relationship) + ' without an id'))[..5] AS examples
