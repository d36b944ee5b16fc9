// Strikes (STRUCK relationships) with optional filters, in a stable order for paging.
// $place matches targets in that place at any depth ("strikes in Russia"); a partial date `on`
// (2022, 2022-09) matches when its period overlaps [$onFrom, $onUntil].
MATCH (attacker:Entity)-[strike:STRUCK]->(target:Entity)
WHERE ($attacker IS NULL OR attacker.id = $attacker)
  AND ($target IS NULL OR target.id = $target)
  AND ($place IS NULL OR target.id = $place OR EXISTS { (target)-[:LOCATED_IN*1..12]->(:Place {id: $place}) })
  AND ($onFrom IS NULL OR (strike.on IS NOT NULL AND strike.on >= left($onFrom, size(strike.on))))
  AND ($onUntil IS NULL OR (strike.on IS NOT NULL AND strike.on <= left($onUntil, size(strike.on))))
  AND ($after IS NULL OR strike.id > $after)
WITH attacker, strike, target
ORDER BY strike.id
LIMIT $limit
RETURN attacker.id AS attackerId, strike, target.id AS targetId
