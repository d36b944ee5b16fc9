// The entities of one type ({{label}}) that duplicateCandidates weighs, in one read: named ones (not
// anonymous sources), with how many statements each said and how many name it; a name waiting for review
// ("Clinton": Bill or Hillary Clinton) with its candidates, the titles its article wrote before it and
// whether the candidates are that article's own people; any other with the titles it was written with
// where it spoke ("President Obama said").
MATCH (entity:{{label}})
WHERE entity:Entity
  AND coalesce(entity.anonymous, false) = false
  AND (entity.candidates IS NULL OR coalesce(entity.needsReview, false))
RETURN entity.id AS id,
  entity.name AS name,
  coalesce(entity.aliases, []) AS aliases,
  COUNT { (entity)-[:SAID]->() } AS statements,
  COUNT { (:Statement)-[:MENTIONS]->(entity) } AS mentions,
  entity.candidates AS candidates,
  CASE
    WHEN entity.candidates IS NULL
      THEN COLLECT { MATCH (entity)-[said:SAID]->() WHERE said.speakerTitle IS NOT NULL
                     RETURN DISTINCT said.speakerTitle LIMIT 25 }
    ELSE coalesce(entity.titles, [])
  END AS titles,
  coalesce(entity.candidatesInArticle, false) AS candidatesInArticle
