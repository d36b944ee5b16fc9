// Benchmark parameters: a quotation from the middle of the graph (in id order), for whoSaid.
MATCH (statement:Statement)
WHERE statement.id >= $from AND statement.kind = 'QUOTE'
RETURN statement.id AS id, statement.text AS text
ORDER BY statement.id
LIMIT 1
