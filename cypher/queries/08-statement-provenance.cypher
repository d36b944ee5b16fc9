// Provenance of one statement
// Where a statement comes from: the article and its publisher, the excerpt the statement was read
// from, its character offsets, and a check that the article text between those offsets is exactly
// the excerpt (`excerptMatches` must be true). `context` shows the excerpt with up to 120 characters
// of the article on either side. Replace the id to trace another statement.
MATCH (statement:Statement {id: 'statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say'})-[:REPORTED_IN]->(article:Article)
MATCH (speaker:Entity)-[:SAID]->(statement)
OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(publisher:Organization)
WITH statement, article, speaker, publisher,
  CASE WHEN statement.evidenceStart < 120 THEN 0 ELSE statement.evidenceStart - 120 END AS contextStart
RETURN speaker.name AS speaker,
  statement.kind AS kind,
  statement.text AS text,
  statement.excerpt AS excerpt,
  statement.evidenceStart AS evidenceStart,
  statement.evidenceEnd AS evidenceEnd,
  substring(article.text, statement.evidenceStart, statement.evidenceEnd - statement.evidenceStart) = statement.excerpt AS excerptMatches,
  substring(article.text, contextStart, statement.evidenceEnd + 120 - contextStart) AS context,
  article.title AS article,
  article.publishedOn AS publishedOn,
  publisher.name AS publisher
