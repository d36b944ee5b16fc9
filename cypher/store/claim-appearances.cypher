// The reports of statements, to publish them as schema.org Claims: every article that carried the same
// words (the statements of its utterance; the statement alone when it has none), each with its publisher
// (the organization it is PUBLISHED_BY, else the name it carries). At most $maxAppearances per
// statement, earliest published first.
UNWIND $ids AS id
MATCH (statement:Statement {id: id})
// (A path never uses one relationship twice, so the others are found and the statement itself added.)
OPTIONAL MATCH (statement)-[:REPORTS]->(:Utterance)<-[:REPORTS]-(other:Statement)
WITH id, statement, collect(other) AS others
UNWIND [statement] + others AS report
MATCH (report)-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(publisher:Organization)
WITH DISTINCT id, article, publisher
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
