// Benchmark parameters: the id of the statement halfway through the graph in id order.
MATCH (statement:Statement)
WHERE statement.id IS NOT NULL
RETURN statement.id AS id
ORDER BY statement.id
SKIP $skip
LIMIT 1
