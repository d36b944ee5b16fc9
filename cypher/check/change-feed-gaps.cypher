// Feed entries missing above the pruned ones: the feed numbers entries without gaps, so every number
// from prunedThrough + 1 to the head is an entry, and no entry lies beyond the head.
MATCH (feed:ChangeFeed {name: 'changes'})
OPTIONAL MATCH (change:Change)
WITH feed, count(change) AS entries, max(change.seq) AS last, min(change.seq) AS first
WITH feed, entries, last, first,
  (feed.head - feed.prunedThrough) - entries AS missing
WHERE missing <> 0 OR coalesce(last, feed.head) <> feed.head
  OR coalesce(first, feed.prunedThrough + 1) <> feed.prunedThrough + 1
RETURN 1 AS violations, ['head ' + toString(feed.head) + ', pruned through ' + toString(feed.prunedThrough) +
  ', ' + toString(entries) + ' entries'] AS examples
