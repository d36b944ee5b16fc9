// The names of one type ({{label}}) waiting for review with their candidates ("Clinton": Bill or Hillary
// Clinton), with what their article writes before them and whether the candidates are people that
// article names: what duplicateCandidates weighs again against today's graph.
MATCH (item:{{label}})
WHERE item:Entity
  AND item.candidates IS NOT NULL
  AND coalesce(item.needsReview, false)
RETURN item.id AS id,
  item.name AS name,
  coalesce(item.aliases, []) AS aliases,
  item.candidates AS candidates,
  coalesce(item.titles, []) AS titles,
  coalesce(item.candidatesInArticle, false) AS candidatesInArticle,
  COUNT { (item)-[:SAID]->() } AS statements,
  COUNT { (:Statement)-[:MENTIONS]->(item) } AS mentions
