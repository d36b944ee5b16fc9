// Benchmark, raw implementation of strikes in a place: down the place hierarchy from $place, the
// strikes on anything in it, first $limit by id, each target with its containedIn chain.
MATCH (:Place {id: $place})<-[:LOCATED_IN*0..12]-(target:Entity)<-[strike:STRUCK]-(attacker:Entity)
WITH attacker, strike, target
ORDER BY strike.id
LIMIT $limit
CALL (target) {
  OPTIONAL MATCH path = (target)-[:LOCATED_IN*1..12]->(top:Place)
  WHERE NOT (top)-[:LOCATED_IN]->(:Place)
  RETURN path
  ORDER BY length(path) DESC
  LIMIT 1
}
RETURN strike.on AS on, strike.means AS means,
  attacker {.id, .name} AS attacker,
  target {.id, .name, containedIn: [place IN tail(coalesce(nodes(path), [null])) | place {.id, .name}]} AS target
