// Relationships whose ends are not what their type joins ($ends: type → {from: labels, to: labels},
// from the graph model), and relationships from a node to itself.
MATCH (from)-[relationship]->(to)
WITH from, relationship, to, $ends[type(relationship)] AS allowed
WHERE from = to
  OR allowed IS NULL
  OR none(label IN labels(from) WHERE label IN allowed.from)
  OR none(label IN labels(to) WHERE label IN allowed.to)
RETURN count(relationship) AS violations,
  collect(coalesce(relationship.id, type(relationship) + ':' + from.id + '->' + to.id))[..5] AS examples
