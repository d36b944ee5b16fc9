// Loader: articles. $rows: [{id, publisher, properties}]; `publisher` is an Organization id, or null
// for an ingested article whose publisher is unknown.
UNWIND $rows AS row
MERGE (article:Article {id: row.id})
SET article += row.properties,
  article.publishedOn = date(row.properties.publishedOn)
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
