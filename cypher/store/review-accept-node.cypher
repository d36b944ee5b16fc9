// A maintainer accepted an extracted statement or entity ({{label}}): it stays marked as extracted
// but no longer waits for review, and re-ingesting its article keeps it as it is (reviewedAt).
MATCH (item:{{label}} {id: $id})
WHERE item.origin = 'extracted'
SET item.needsReview = false,
  item.reviewedAt = datetime(),
  item.version = coalesce(item.version, 1) + 1
RETURN count(item) AS done
