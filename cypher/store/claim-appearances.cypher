// The reports of statements, to publish them as schema.org Claims: the article each statement was
// reported in, with its publisher (the organization it is PUBLISHED_BY, else the name it carries).
// At most $maxAppearances per statement, earliest published first.
UNWIND $ids AS id
MATCH (statement:Statement {id: id})-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(publisher:Organization)
WITH id, article, publisher
ORDER BY article.publishedOn, article.id
WITH id, collect({
    articleId: article.id,
    title: article.title,
    url: article.url,
    publishedOn: toString(article.publishedOn),
    publisherId: publisher.id,
    publisherName: coalesce(publisher.name, article.publisher)
  })[..$maxAppearances] AS appearances
RETURN id, appearances
