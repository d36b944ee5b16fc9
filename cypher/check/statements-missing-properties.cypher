// Statements without the properties every statement has (Neo4j Community has no existence constraints).
MATCH (statement:Statement)
WHERE statement.text IS NULL OR statement.kind IS NULL OR statement.origin IS NULL
  OR statement.articleId IS NULL OR statement.evidenceStart IS NULL OR statement.evidenceEnd IS NULL
  OR statement.excerpt IS NULL
RETURN count(statement) AS violations, collect(statement.id)[..5] AS examples
