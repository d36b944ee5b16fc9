// Evidence (of a statement or a relationship) whose article does not exist, or whose offsets do not
// slice the article's text to the excerpt.
CALL () {
  MATCH (statement:Statement)
  RETURN statement.id AS id, statement.articleId AS articleId, statement.evidenceStart AS start,
    statement.evidenceEnd AS end, statement.excerpt AS excerpt
  UNION ALL
  MATCH ()-[relationship]->()
  WHERE relationship.articleId IS NOT NULL
  RETURN relationship.id AS id, relationship.articleId AS articleId, relationship.evidenceStart AS start,
    relationship.evidenceEnd AS end, relationship.excerpt AS excerpt
}
OPTIONAL MATCH (article:Article {id: articleId})
WITH id, article, start, end, excerpt
WHERE article IS NULL OR start IS NULL OR end IS NULL OR start < 0 OR end <= start
  OR substring(article.text, start, end - start) <> excerpt
RETURN count(*) AS violations, collect(id)[..5] AS examples
