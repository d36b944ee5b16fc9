// Deletes an entity with its relationships and figures, unless statements still name it as speaker.
MATCH (entity:Entity {id: $id})
WITH entity, COUNT { (entity)-[:SAID]->(:Statement) } AS spoken
CALL (entity, spoken) {
  WITH entity WHERE spoken = 0
  OPTIONAL MATCH (entity)-[:HAS_FIGURE]->(figure:Figure)
  DETACH DELETE figure, entity
}
RETURN spoken
