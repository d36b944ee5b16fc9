// Up to $scan feed entries after the cursor, in order: the caller filters them and keeps only the run
// that follows the cursor without a gap (src/store/changes.ts says why). Also the feed's head, and how
// far it was pruned, so that a cursor from before the pruned entries is refused, not silently skipped.
OPTIONAL MATCH (feed:ChangeFeed {name: 'changes'})
CALL (feed) {
  MATCH (change:Change)
  WHERE change.seq > $after
  WITH change
  ORDER BY change.seq
  LIMIT $scan
  RETURN collect(change {.seq, .kind, .subjectId, .articleId, .entityIds, at: toString(change.at)}) AS changes
}
RETURN coalesce(feed.head, 0) AS head, coalesce(feed.prunedThrough, 0) AS prunedThrough, changes
