// Statements that report more than one utterance: grouping moves a statement, it never copies it.
MATCH (statement:Statement)
WHERE COUNT { (statement)-[:REPORTS]->(:Utterance) } > 1
RETURN count(statement) AS violations, collect(statement.id)[..5] AS examples
