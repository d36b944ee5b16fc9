// Benchmark: empties the graph (npm run bench:generate -- --reset) in auto-commit transactions, as
// CALL … IN TRANSACTIONS needs. Relationships go first: a popular speaker's node holds tens of
// thousands of them, too many for one transaction's memory if DETACH DELETE took them with the node.
MATCH ()-[relationship]->()
CALL (relationship) {
  DELETE relationship
} IN TRANSACTIONS OF 50000 ROWS;

MATCH (node)
CALL (node) {
  DELETE node
} IN TRANSACTIONS OF 50000 ROWS;
