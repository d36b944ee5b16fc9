// Appends entries to the change feed inside the writing transaction, numbered after the feed's head.
// `SET feed.head = feed.head + …` takes the head's write lock before it reads the head (the Neo4j
// manual's "lost updates" rule), and the lock lasts until commit: a second writer waits here until the
// first commits or rolls back, so numbers are handed out in commit order and a rolled-back transaction
// gives its numbers back. The feed has no gaps, and entry n+1 is never visible before entry n. `at` is
// the clock once the lock is held (datetime() would be when the transaction began, out of feed order).
MERGE (feed:ChangeFeed {name: 'changes'})
  ON CREATE SET feed.head = 0, feed.prunedThrough = 0
SET feed.head = feed.head + size($changes)
WITH feed.head - size($changes) AS before
UNWIND range(0, size($changes) - 1) AS i
WITH before + i + 1 AS seq, $changes[i] AS change
CREATE (:Change {
  seq: seq,
  kind: change.kind,
  subjectId: change.subjectId,
  articleId: change.articleId,
  entityIds: change.entityIds,
  at: datetime.realtime()
})
RETURN seq
