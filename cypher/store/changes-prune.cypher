// Deletes up to $limit feed entries, oldest first, up to the last one written before $before, and
// records on the head the last number deleted: a reader whose cursor lies before it is told to start
// again instead of silently missing entries. Run again until it deletes nothing.
MATCH (feed:ChangeFeed {name: 'changes'})
OPTIONAL MATCH (old:Change)
WHERE old.at < datetime($before)
WITH feed, coalesce(max(old.seq), 0) AS through
CALL (feed, through) {
  MATCH (change:Change)
  WHERE change.seq <= through
  WITH change
  ORDER BY change.seq
  LIMIT $limit
  WITH collect(change) AS batch, max(change.seq) AS last
  FOREACH (change IN batch | DELETE change)
  RETURN size(batch) AS deleted, coalesce(last, 0) AS last
}
SET feed.prunedThrough = CASE WHEN last > feed.prunedThrough THEN last ELSE feed.prunedThrough END
RETURN deleted
