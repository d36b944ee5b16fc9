// The backfill's next batch: statements in no utterance, earliest article first (the order ingestion
// would have met them in). Grouping takes them out of this set, so no cursor is needed.
MATCH (statement:Statement)-[:REPORTED_IN]->(article:Article)
WHERE NOT EXISTS { (statement)-[:REPORTS]->(:Utterance) }
WITH statement, article
ORDER BY article.publishedOn, article.id, statement.evidenceStart, statement.id
LIMIT $limit
RETURN statement.id AS id
