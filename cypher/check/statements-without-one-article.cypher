// Statements reported in no article, in several, or in another one than their evidence's articleId.
MATCH (statement:Statement)
WITH statement, [(statement)-[:REPORTED_IN]->(article) | article.id] AS articles
WHERE size(articles) <> 1 OR articles[0] <> statement.articleId
RETURN count(statement) AS violations, collect(statement.id)[..5] AS examples
