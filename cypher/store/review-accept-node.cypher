// A maintainer accepted an extracted statement or entity ({{label}}): it stays marked as extracted
// but no longer waits for review.
MATCH (item:{{label}} {id: $id})
WHERE item.origin = 'extracted'
SET item.needsReview = false, item.reviewedAt = datetime()
RETURN count(item) AS done
