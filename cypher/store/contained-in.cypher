// For each id in $ids: the chain of places it lies in, nearest first, up to the top (a country or region).
// Where the hierarchy branches, the longest chain wins.
UNWIND $ids AS id
MATCH (node:Entity {id: id})
OPTIONAL MATCH path = (node)-[:LOCATED_IN*1..12]->(top:Place)
WHERE NOT (top)-[:LOCATED_IN]->(:Place)
WITH id, path
ORDER BY length(path) DESC
WITH id, head(collect(path)) AS longest
RETURN id, CASE WHEN longest IS NULL THEN [] ELSE tail(nodes(longest)) END AS chain
