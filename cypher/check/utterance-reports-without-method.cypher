// Memberships that do not say why the statement is in its utterance: a method from
// src/graph/utterance-match.ts ($methods), and for a matched one its score and the statement it matched.
MATCH (:Statement)-[membership:REPORTS]->(utterance:Utterance)
WHERE NOT membership.method IN $methods
  OR (membership.method IN $matchedMethods AND (membership.score IS NULL OR membership.matched IS NULL))
RETURN count(membership) AS violations, collect(utterance.id)[..5] AS examples
