// Every entity's id, type, name and aliases: what the extractor links surface forms against; with the
// evidence that tells namesakes apart: the titles of its roles and up to 25 it was written with where it
// spoke ("President Obama said"), up to 25 entities it was named with
// (its statements' mentions, the speakers that mentioned it), the ids merged into it, and how many
// statements it said or is named in (how prominent it is).
// An unnamed source ("a spokesman", anonymous) belongs to its article alone: never a link target; nor is
// a name waiting for review with its candidates (it is one of them, nobody knows which yet).
MATCH (entity:Entity)
WHERE NOT coalesce(entity.anonymous, false)
  AND NOT (entity.candidates IS NOT NULL AND coalesce(entity.needsReview, false))
CALL (entity) {
  OPTIONAL MATCH (entity)-[role:HOLDS_ROLE]->(:Organization)
  WITH collect(DISTINCT role.title) AS roleTitles
  OPTIONAL MATCH (entity)-[said:SAID]->(:Statement)
  WHERE said.speakerTitle IS NOT NULL
  WITH roleTitles, collect(DISTINCT said.speakerTitle) AS spokenTitles
  RETURN roleTitles + [title IN spokenTitles WHERE NOT title IN roleTitles][..25] AS titles
}
CALL (entity) {
  OPTIONAL MATCH (entity)-[:SAID]->(:Statement)-[:MENTIONS]->(mentioned:Entity)
  WITH collect(DISTINCT mentioned.id) AS mentioned
  OPTIONAL MATCH (speaker:Entity)-[:SAID]->(:Statement)-[:MENTIONS]->(entity)
  WITH mentioned, collect(DISTINCT speaker.id) AS speakers
  WITH mentioned + speakers AS named
  RETURN [id IN named WHERE id <> entity.id][..25] AS neighbours
}
CALL (entity) {
  OPTIONAL MATCH (merge:EntityMerge {keep: entity.id})
  WHERE merge.undoneAt IS NULL
  RETURN collect(merge.merged) AS mergedIds
}
RETURN entity.id AS id,
  [label IN labels(entity) WHERE label IN ['Person', 'Organization', 'Place', 'Facility']][0] AS type,
  entity.name AS name,
  entity.aliases AS aliases,
  titles,
  neighbours,
  mergedIds,
  COUNT { (entity)-[:SAID]->(:Statement) } + COUNT { (:Statement)-[:MENTIONS]->(entity) } AS statements
