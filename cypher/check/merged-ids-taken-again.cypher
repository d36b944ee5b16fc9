// Ids of merged entities that an entity holds again: the merged id resolves to the entity it was merged
// into, so a second holder would make it name two things (and block unmergeEntity).
MATCH (merged:MergedEntity)
MATCH (entity:Entity {id: merged.id})
RETURN count(entity) AS violations, collect(entity.id)[..5] AS examples
