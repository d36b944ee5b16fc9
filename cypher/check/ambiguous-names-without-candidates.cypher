// Names that went to review because several known entities fit (src/ingest/stages/linking.ts): each
// lists two or more candidates, each candidate an entity of the same type (or one merged since).
MATCH (entity:Entity)
WHERE entity.candidates IS NOT NULL
  AND (
    size(entity.candidates) < 2
    OR any(candidate IN entity.candidates WHERE NOT EXISTS {
      MATCH (known:Entity|MergedEntity {id: candidate})
      WHERE [label IN labels(known) WHERE label IN $entityTypes] = [label IN labels(entity) WHERE label IN $entityTypes]
        OR known:MergedEntity
    })
  )
RETURN count(entity) AS violations, collect(entity.id)[..5] AS examples
