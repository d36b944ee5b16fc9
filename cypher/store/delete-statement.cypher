// Deletes a statement with its relationships and figures.
MATCH (statement:Statement {id: $id})
OPTIONAL MATCH (statement)-[:HAS_FIGURE]->(figure:Figure)
DETACH DELETE figure, statement
RETURN count(*) AS deleted
