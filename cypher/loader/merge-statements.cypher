// Loader: statements, each REPORTED_IN its article. $rows: [{id, articleId, properties, figures}].
// A curated statement is never overwritten by an extracted one.
UNWIND $rows AS row
MATCH (article:Article {id: row.articleId})
MERGE (statement:Statement {id: row.id})
SET statement += CASE
    WHEN statement.origin = 'curated' AND row.properties.origin <> 'curated' THEN {}
    ELSE row.properties
  END
SET statement.saidFrom = date(statement.saidFrom),
  statement.saidUntil = date(statement.saidUntil)
MERGE (statement)-[:REPORTED_IN]->(article)
WITH statement, row
CALL (statement, row) {
  UNWIND row.figures AS figureRow
  MERGE (figure:Figure {id: figureRow.id})
  SET figure += figureRow.properties
  MERGE (statement)-[:HAS_FIGURE]->(figure)
}
RETURN count(statement) AS written
