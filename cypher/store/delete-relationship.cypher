// Deletes the relationship with id $id, found from its start node ({{type}} and {{fromLabel}} are
// read from the id, which starts with "<TYPE>:<from id>->", and checked against the model's enums).
MATCH (:{{fromLabel}} {id: $from})-[relationship:{{type}} {id: $id}]->()
DELETE relationship
RETURN count(*) AS deleted
