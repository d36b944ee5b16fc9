// Loader: entities. $rows: [{id, type, properties, figures: [{id, properties}]}].
// `type` is one of Person, Organization, Place, Facility (checked before the query runs).
// A curated entity is never overwritten by an extracted one.
UNWIND $rows AS row
MERGE (entity:Entity {id: row.id})
SET entity += CASE
    WHEN entity.origin = 'curated' AND row.properties.origin <> 'curated' THEN {}
    ELSE row.properties
  END
SET entity:$(row.type)
WITH entity, row
CALL (entity, row) {
  UNWIND row.figures AS figureRow
  MERGE (figure:Figure {id: figureRow.id})
  SET figure += figureRow.properties
  MERGE (entity)-[:HAS_FIGURE]->(figure)
}
RETURN count(entity) AS written
