// Up to $scan feed entries after position $after (after the pruned ones when null), in order: the caller filters them and keeps only the run
// that follows the cursor without a gap (src/store/changes.ts says why). Also the feed's head, and how
// far it was pruned, so that a cursor from before the pruned entries is refused, not silently skipped.
OPTIONAL MATCH (feed:ChangeFeed {name: 'changes'})
WITH feed, coalesce($after, feed.prunedThrough, 0) AS after
CALL (after) {
  MATCH (change:Change)
  WHERE change.seq > after
  WITH change
  ORDER BY change.seq
  LIMIT $scan
  RETURN collect(change {.seq, .kind, .subjectId, .articleId, .entityIds, at: toString(change.at)}) AS changes
}
RETURN after, coalesce(feed.head, 0) AS head, coalesce(feed.prunedThrough, 0) AS prunedThrough, changes
