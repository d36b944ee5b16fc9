// Loader: articles. $rows: [{id, publisher, properties}]; `publisher` is an Organization id, or null
// for an ingested article whose publisher is unknown. `version` moves only when a write changes a
// property, as for entities.
UNWIND $rows AS row
MERGE (article:Article {id: row.id})
  ON CREATE SET article.version = 0
WITH article, row, properties(article) AS before
SET article += row.properties,
  article.publishedOn = date(row.properties.publishedOn)
SET article.version = CASE
    WHEN properties(article) = before THEN before.version
    ELSE coalesce(before.version, 1) + 1
  END
WITH article, row
CALL (article, row) {
  MATCH (publisher:Organization {id: row.publisher})
  MERGE (article)-[:PUBLISHED_BY]->(publisher)
  WITH article, publisher
  OPTIONAL MATCH (article)-[previous:PUBLISHED_BY]->(other:Organization)
  WHERE other <> publisher
  DELETE previous
}
RETURN count(article) AS written
