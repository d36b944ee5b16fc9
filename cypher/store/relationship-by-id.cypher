// One relationship by id, found from its start node ({{type}} and {{fromLabel}} come from the id).
MATCH (from:{{fromLabel}} {id: $from})-[relationship:{{type}} {id: $id}]->(to)
RETURN relationship, from.id AS fromId, to.id AS toId
