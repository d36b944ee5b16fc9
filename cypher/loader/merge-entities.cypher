// Loader: entities. $rows: [{id, type, properties, figures: [{id, properties}]}].
// `type` is one of Person, Organization, Place, Facility (checked before the query runs).
// An extracted row only fills in a new entity: it never changes one that exists, whether curated,
// accepted by a reviewer or extracted from another article. `version` counts the changes: it moves
// only when a write changes a property (loading the same rows twice leaves it alone).
UNWIND $rows AS row
MERGE (entity:Entity {id: row.id})
  ON CREATE SET entity.version = 0
WITH entity, row, properties(entity) AS before
SET entity += CASE
    WHEN before.origin IS NOT NULL AND row.properties.origin <> 'curated' THEN {}
    ELSE row.properties
  END
SET entity:$(row.type)
SET entity.version = CASE
    WHEN properties(entity) = before THEN before.version
    ELSE coalesce(before.version, 1) + 1
  END
WITH entity, row
CALL (entity, row) {
  UNWIND row.figures AS figureRow
  MERGE (figure:Figure {id: figureRow.id})
  SET figure += figureRow.properties
  MERGE (entity)-[:HAS_FIGURE]->(figure)
}
RETURN count(entity) AS written
