// Extractions a maintainer rejected that are in the graph again.
MATCH (rejected:RejectedExtraction)
MATCH (node:Statement|Entity {id: rejected.id})
WHERE node.origin = 'extracted'
RETURN count(node) AS violations, collect(node.id)[..5] AS examples
