// Merged entities (src/store/entity-merges.ts) that are not cleanly off the graph: a MergedEntity that
// still carries Entity, has any relationship besides the MERGED of the one merge that holds it, or is
// held by no merge or by one marked undone; and a merge not undone whose kept entity is gone.
CALL () {
  MATCH (merged:MergedEntity)
  WHERE merged:Entity
    OR COUNT { (merged)--() } <> 1
    OR COUNT { (holder:EntityMerge WHERE holder.undoneAt IS NULL)-[:MERGED]->(merged) } <> 1
  RETURN merged.id AS id
  UNION ALL
  MATCH (audit:EntityMerge)
  WHERE audit.undoneAt IS NULL
    AND NOT EXISTS { MATCH (:Entity|MergedEntity {id: audit.keep}) }
  RETURN audit.id AS id
}
RETURN count(id) AS violations, collect(id)[..5] AS examples
