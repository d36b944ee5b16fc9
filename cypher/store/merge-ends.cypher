// The two entities of a mergeEntities, locked (a property set is what takes a write lock), with their
// type, names and how many relationships join them directly. A missing one comes back as null.
OPTIONAL MATCH (keep:Entity {id: $keep})
SET keep._lock = true
REMOVE keep._lock
WITH keep
OPTIONAL MATCH (merged:Entity {id: $merge})
SET merged._lock = true
REMOVE merged._lock
RETURN
  CASE WHEN keep IS NULL THEN null ELSE {
    type: [label IN labels(keep) WHERE label IN $types][0],
    name: keep.name, aliases: keep.aliases, searchNames: keep.searchNames
  } END AS keep,
  CASE WHEN merged IS NULL THEN null ELSE {
    type: [label IN labels(merged) WHERE label IN $types][0],
    name: merged.name, aliases: merged.aliases, searchNames: merged.searchNames
  } END AS merged,
  CASE WHEN keep IS NULL OR merged IS NULL THEN 0 ELSE COUNT { (keep)--(merged) } END AS links
