// A maintainer accepted an extracted relationship ({{type}} from a {{fromLabel}}, both read from its id).
MATCH (:{{fromLabel}} {id: $from})-[item:{{type}} {id: $id}]->()
WHERE item.origin = 'extracted'
SET item.needsReview = false, item.reviewedAt = datetime()
RETURN count(item) AS done
