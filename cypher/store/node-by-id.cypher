// One node ({{label}}) by id, inside a write transaction: what a create or an update returns.
MATCH (node:{{label}} {id: $id})
RETURN node
