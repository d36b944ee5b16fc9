// Which of $ids are statements already in the graph.
UNWIND $ids AS id
MATCH (statement:Statement {id: id})
RETURN collect(statement.id) AS ids
