// A mutation's idempotency key, unless it expired: which mutation and request it was used for, and
// the result that request returned.
MATCH (key:IdempotencyKey {key: $key})
WHERE key.expiresAt > datetime()
RETURN key.mutation AS mutation, key.request AS request, key.result AS result
