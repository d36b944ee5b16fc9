// The merges of one entity type in force (not undone): which id was merged into which, so an id can be
// followed to the entity it became.
MATCH (merge:EntityMerge {type: $type})
WHERE merge.undoneAt IS NULL
RETURN merge.merged AS merged, merge.keep AS keep
