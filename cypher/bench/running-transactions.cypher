// Benchmark: how many transactions Neo4j is running (this one included), to wait for quiet between measurements.
SHOW TRANSACTIONS
YIELD transactionId
RETURN count(*) AS running
