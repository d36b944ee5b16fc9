// unmergeEntity: the relationships the merge moved go back to the merged entity, as they were; the kept
// entity gets back its names and version; the merged entity is an Entity of its type again. The audit
// record stays, marked undone, by whom and when.
MATCH (audit:EntityMerge {id: $mergeId})-[held:MERGED]->(merged:MergedEntity)
MATCH (keep:Entity {id: audit.keep})
CALL (keep, merged, audit) {
  MATCH (keep)-[relationship]->(other)
  WHERE relationship.movedBy = audit.id
  WITH relationship, other, type(relationship) AS type, properties(relationship) AS properties
  DELETE relationship
  CREATE (merged)-[back:$(type)]->(other)
  SET back = properties
  REMOVE back.movedBy
  RETURN count(back) AS outgoing
}
CALL (keep, merged, audit) {
  MATCH (keep)<-[relationship]-(other)
  WHERE relationship.movedBy = audit.id
  WITH relationship, other, type(relationship) AS type, properties(relationship) AS properties
  DELETE relationship
  CREATE (merged)<-[back:$(type)]-(other)
  SET back = properties
  REMOVE back.movedBy
  RETURN count(back) AS incoming
}
SET keep.aliases = audit.keptAliasesBefore,
  keep.searchNames = audit.keptSearchNamesBefore,
  keep.version = audit.keptVersionBefore
DELETE held
REMOVE merged:MergedEntity
SET merged:Entity
SET merged:$(audit.type)
SET audit.undoneAt = datetime(), audit.undoneBy = $by
RETURN audit {.*, at: toString(audit.at), undoneAt: toString(audit.undoneAt)} AS merge
