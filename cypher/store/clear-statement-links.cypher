// Removes a statement's SAID, VIA and MENTIONS before an update writes the new ones.
MATCH (statement:Statement {id: $id})
OPTIONAL MATCH (statement)<-[said:SAID]-(:Entity)
OPTIONAL MATCH (statement)-[link:VIA|MENTIONS]->(:Entity)
DELETE said, link
