// Which of these LOCATED_IN pairs would close a cycle with what the graph holds: those whose $to already
// lies in their $from.
UNWIND $pairs AS pair
MATCH (to:Entity {id: pair.to})
WHERE EXISTS { (to)-[:LOCATED_IN*1..]->(:Entity {id: pair.from}) }
RETURN pair.from AS from, pair.to AS to
