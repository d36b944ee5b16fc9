// Benchmark: empties the graph in transactions of 10,000 nodes (npm run bench:generate -- --reset);
// runs in an auto-commit transaction, as CALL … IN TRANSACTIONS needs.
MATCH (node)
CALL (node) {
  DETACH DELETE node
} IN TRANSACTIONS OF 10000 ROWS
