// mergeEntities: the audit record, every relationship of the merged entity moved to the kept one (marked
// movedBy, so unmergeEntity finds exactly those), the kept entity's names, and the merged entity taken
// off the graph: labelled MergedEntity instead of Entity and its type, held by the audit record.
MATCH (keep:Entity {id: $keep})
MATCH (merged:Entity {id: $merge})
CREATE (audit:EntityMerge {
  id: $mergeId, keep: $keep, merged: $merge, type: $type, reason: $reason, by: $by, at: datetime(),
  keptAliasesBefore: keep.aliases, keptSearchNamesBefore: keep.searchNames, keptVersionBefore: keep.version
})
WITH keep, merged, audit
CALL (keep, merged, audit) {
  MATCH (merged)-[relationship]->(other)
  WITH relationship, other, type(relationship) AS type, properties(relationship) AS properties
  DELETE relationship
  CREATE (keep)-[moved:$(type)]->(other)
  SET moved = properties, moved.movedBy = audit.id
  RETURN count(moved) AS outgoing
}
CALL (keep, merged, audit) {
  MATCH (merged)<-[relationship]-(other)
  WITH relationship, other, type(relationship) AS type, properties(relationship) AS properties
  DELETE relationship
  CREATE (keep)<-[moved:$(type)]-(other)
  SET moved = properties, moved.movedBy = audit.id
  RETURN count(moved) AS incoming
}
SET keep.aliases = $aliases,
  keep.searchNames = $searchNames,
  keep.version = coalesce(keep.version, 1) + 1
SET audit.keptVersionAfter = keep.version,
  audit.moved = outgoing + incoming
REMOVE merged:Entity
REMOVE merged:$($type)
SET merged:MergedEntity
CREATE (audit)-[:MERGED]->(merged)
RETURN audit {.*, at: toString(audit.at)} AS merge
