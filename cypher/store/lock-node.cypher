// Takes the write lock on the node ({{label}}) an update is about to read and change, and returns it
// as it is once locked. Neo4j reads are read-committed: without the lock two concurrent updates would
// both read the old values, and the second would silently undo the first. Setting a property is what
// takes a lock in Cypher (the Neo4j manual's "lost updates" workaround); the lock lasts until commit.
MATCH (node:{{label}} {id: $id})
SET node._lock = true
REMOVE node._lock
RETURN node
