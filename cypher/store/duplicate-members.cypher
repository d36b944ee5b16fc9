// The entities of one type ({{label}}) that duplicateCandidates compares: named ones (not anonymous
// sources, not names waiting for review with their candidates), with how many statements each said and
// how many name it, and the titles it was written with where it spoke ("President Obama said").
MATCH (entity:{{label}})
WHERE entity:Entity
  AND coalesce(entity.anonymous, false) = false
  AND entity.candidates IS NULL
RETURN entity.id AS id,
  entity.name AS name,
  coalesce(entity.aliases, []) AS aliases,
  COUNT { (entity)-[:SAID]->() } AS statements,
  COUNT { (:Statement)-[:MENTIONS]->(entity) } AS mentions,
  COLLECT { MATCH (entity)-[said:SAID]->() WHERE said.speakerTitle IS NOT NULL
            RETURN DISTINCT said.speakerTitle LIMIT 25 } AS titles
