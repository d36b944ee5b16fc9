// A maintainer rejected an extracted relationship ({{type}} from a {{fromLabel}}, read from its id):
// remember its id, so that re-ingesting leaves it out, and delete it.
MATCH (:{{fromLabel}} {id: $from})-[item:{{type}} {id: $id}]->()
WHERE item.origin = 'extracted'
MERGE (rejected:RejectedExtraction {id: $id})
SET rejected.articleId = item.articleId, rejected.rejectedAt = datetime()
DELETE item
RETURN count(*) AS done
