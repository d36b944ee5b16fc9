// Would LOCATED_IN from $from to $to close a cycle? Yes when $to already lies in $from (or is it).
MATCH (to:Entity {id: $to})
RETURN $from = $to OR EXISTS { (to)-[:LOCATED_IN*1..]->(:Entity {id: $from}) } AS cycle
