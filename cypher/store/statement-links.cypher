// A statement's speaker, relays (in order) and mentioned entities, as ids.
MATCH (speaker:Entity)-[:SAID]->(statement:Statement {id: $id})
RETURN speaker.id AS speaker,
  COLLECT { MATCH (statement)-[via:VIA]->(relay:Entity) RETURN relay.id ORDER BY via.order } AS via,
  [(statement)-[:MENTIONS]->(entity:Entity) | entity.id] AS mentions
