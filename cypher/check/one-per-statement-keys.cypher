// SAID and REPORTED_IN relationships without their statement's id (statementId), which the uniqueness
// constraints that keep one speaker and one article per statement rest on.
MATCH ()-[relationship:SAID|REPORTED_IN]->(end)
WITH relationship, CASE type(relationship) WHEN 'SAID' THEN end.id ELSE startNode(relationship).id END AS statement
WHERE relationship.statementId IS NULL OR relationship.statementId <> statement
RETURN count(relationship) AS violations, collect(type(relationship) + ' of ' + statement)[..5] AS examples
