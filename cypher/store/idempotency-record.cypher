// Stores a mutation's result (JSON) on its idempotency key, in the write's own transaction.
MATCH (key:IdempotencyKey {key: $key})
SET key.result = $result
