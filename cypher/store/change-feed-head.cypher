// The last number the change feed handed out (0 before the first write).
OPTIONAL MATCH (feed:ChangeFeed {name: 'changes'})
RETURN coalesce(feed.head, 0) AS head
