// Every statement of utterance $from moves to utterance $to, as a maintainer's decision; $from goes.
MATCH (from:Utterance {id: $from})
MATCH (to:Utterance {id: $to})
MATCH (statement:Statement)-[membership:REPORTS]->(from)
DELETE membership
CREATE (statement)-[:REPORTS {method: $method, decidedAt: $decidedAt}]->(to)
WITH DISTINCT from
DELETE from
