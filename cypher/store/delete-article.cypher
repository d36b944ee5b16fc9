// Deletes an article, every statement taken from it (with their figures), and every relationship
// whose evidence lies in it.
MATCH (article:Article {id: $id})
OPTIONAL MATCH (statement:Statement)-[:REPORTED_IN]->(article)
OPTIONAL MATCH (statement)-[:HAS_FIGURE]->(figure:Figure)
WITH article, collect(DISTINCT statement) AS statements, collect(DISTINCT figure) AS figures
CALL (article) {
  MATCH ()-[relationship {articleId: article.id}]->()
  DELETE relationship
}
FOREACH (node IN figures | DETACH DELETE node)
FOREACH (node IN statements | DETACH DELETE node)
DETACH DELETE article
RETURN size(statements) AS statements
