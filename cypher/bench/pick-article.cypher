// Benchmark parameters: an article of about ten statements, one of which disputes another.
MATCH (article:Article)<-[:REPORTED_IN]-(:Statement)-[:DISPUTES]->(:Statement)
WITH DISTINCT article
WITH article, COUNT { (article)<-[:REPORTED_IN]-() } AS statements
RETURN article.id AS id, statements
ORDER BY abs(statements - 10), id
LIMIT 1
