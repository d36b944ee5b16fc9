// Loader: statements, each REPORTED_IN its article. $rows: [{id, articleId, properties, figures}].
// An extracted row only fills in a new statement: it never changes one that exists (curated, accepted
// by a reviewer, or corrected). REPORTED_IN carries the statement's id, unique per relationship type
// (cypher/schema.cypher), so a statement is reported in one article only. `version` moves only when a
// write changes a property, as for entities.
UNWIND $rows AS row
MATCH (article:Article {id: row.articleId})
MERGE (statement:Statement {id: row.id})
  ON CREATE SET statement.version = 0
WITH article, statement, row, properties(statement) AS before
SET statement += CASE
    WHEN before.origin IS NOT NULL AND row.properties.origin <> 'curated' THEN {}
    ELSE row.properties
  END
SET statement.saidFrom = date(statement.saidFrom),
  statement.saidUntil = date(statement.saidUntil)
SET statement.version = CASE
    WHEN properties(statement) = before THEN before.version
    ELSE coalesce(before.version, 1) + 1
  END
MERGE (statement)-[:REPORTED_IN {statementId: statement.id}]->(article)
WITH statement, row
CALL (statement, row) {
  UNWIND row.figures AS figureRow
  MERGE (figure:Figure {id: figureRow.id})
  SET figure += figureRow.properties
  MERGE (statement)-[:HAS_FIGURE]->(figure)
}
RETURN count(statement) AS written
