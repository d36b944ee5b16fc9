// Statements by id (batched by the per-request DataLoader).
UNWIND $ids AS id
MATCH (statement:Statement {id: id})
RETURN statement
