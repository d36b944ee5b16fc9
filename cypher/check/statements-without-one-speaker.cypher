// Statements with no speaker or with several: each needs exactly one SAID from an entity.
MATCH (statement:Statement)
WITH statement, COUNT { ()-[:SAID]->(statement) } AS speakers
WHERE speakers <> 1
RETURN count(statement) AS violations, collect(statement.id + ' (' + speakers + ' speakers)')[..5] AS examples
