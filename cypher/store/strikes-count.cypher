// How many strikes match the filters of cypher/store/strikes.cypher.
MATCH (attacker:Entity)-[strike:STRUCK]->(target:Entity)
WHERE ($attacker IS NULL OR attacker.id = $attacker)
  AND ($target IS NULL OR target.id = $target)
  AND ($place IS NULL OR target.id = $place OR EXISTS { (target)-[:LOCATED_IN*1..12]->(:Place {id: $place}) })
  AND ($onFrom IS NULL OR (strike.on IS NOT NULL AND strike.on >= left($onFrom, size(strike.on))))
  AND ($onUntil IS NULL OR (strike.on IS NOT NULL AND strike.on <= left($onUntil, size(strike.on))))
RETURN count(strike) AS total
