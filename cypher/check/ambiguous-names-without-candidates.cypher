// Names that went to review because known entities may be meant (src/ingest/stages/linking.ts): several
// that fit, or a lone first name's one bearer who is not prominent enough to be meant for sure. Each lists
// its candidates, each an entity of the same type (or one merged since).
MATCH (entity:Entity)
WHERE entity.candidates IS NOT NULL
  AND (
    size(entity.candidates) = 0
    OR any(candidate IN entity.candidates WHERE NOT EXISTS {
      MATCH (known:Entity|MergedEntity {id: candidate})
      WHERE [label IN labels(known) WHERE label IN $entityTypes] = [label IN labels(entity) WHERE label IN $entityTypes]
        OR known:MergedEntity
    })
  )
RETURN count(entity) AS violations, collect(entity.id)[..5] AS examples
