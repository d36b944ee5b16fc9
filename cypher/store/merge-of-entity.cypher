// The merge that took an entity off the graph (not undone), with the state of its kept entity: what
// unmergeEntity checks before it runs, and how a merged id still resolves to the entity it became.
MATCH (audit:EntityMerge {merged: $id})-[:MERGED]->(:MergedEntity {id: $id})
OPTIONAL MATCH (keep:Entity {id: audit.keep})
RETURN audit.id AS mergeId,
  audit.keep AS keep,
  keep IS NOT NULL AS keepExists,
  keep.version AS keepVersion,
  audit.keptVersionAfter AS keptVersionAfter,
  COUNT { (:Entity {id: $id}) } > 0 AS idTaken
