// Claims a mutation's idempotency key in the transaction of the write it guards, so the key exists
// exactly when the write committed. CREATE, not MERGE: while another request holds the same key
// uncommitted this waits, then fails on the key's uniqueness constraint once that one commits (and the
// caller returns that request's result). A key past its expiry is replaced.
OPTIONAL MATCH (expired:IdempotencyKey {key: $key})
WHERE expired.expiresAt <= datetime()
DELETE expired
WITH count(*) AS replaced
CREATE (:IdempotencyKey {
  key: $key,
  mutation: $mutation,
  request: $request,
  createdAt: datetime(),
  expiresAt: datetime() + duration({hours: $ttlHours})
})
