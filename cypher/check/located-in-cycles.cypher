// Places (or facilities, organizations) that lie in themselves through LOCATED_IN.
MATCH (start:Entity)
WHERE EXISTS { (start)-[:LOCATED_IN]->+(start) }
RETURN count(start) AS violations, collect(start.id)[..5] AS examples
