// Entities that are not exactly one of Person, Organization, Place and Facility.
MATCH (entity:Entity)
WHERE size([label IN labels(entity) WHERE label IN ['Person', 'Organization', 'Place', 'Facility']]) <> 1
RETURN count(entity) AS violations, collect(entity.id)[..5] AS examples
