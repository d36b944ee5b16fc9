// Deletes up to $limit expired idempotency keys (Neo4j has no TTL of its own; every mutation that
// carries a key sweeps some after it committed).
MATCH (key:IdempotencyKey)
WHERE key.expiresAt <= datetime()
WITH key
LIMIT $limit
DELETE key
RETURN count(*) AS deleted
