// Loader: claims the ids of new nodes ({{label}}: Entity, Article or Statement) before a create writes
// them. CREATE, not MERGE: an id that exists, or that a concurrent create claimed first, fails on the
// uniqueness constraint, so of N creates of one id exactly one succeeds. The rest of the node is
// written by the MERGE of the usual loader query, which finds the claimed node (version 0) and fills it.
UNWIND $ids AS id
CREATE (node:{{label}} {id: id, version: 0})
RETURN count(node) AS written
