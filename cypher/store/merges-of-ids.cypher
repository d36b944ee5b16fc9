// The merges in force that took these ids off the graph: the entity each was merged into (one step of
// a chain; mergedInto and keptEntityIds follow merges of merges).
UNWIND $ids AS id
MATCH (merge:EntityMerge {merged: id})-[:MERGED]->(:MergedEntity {id: id})
RETURN id AS merged, merge.keep AS keep
