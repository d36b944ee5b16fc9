// Entities by id (batched by the per-request DataLoader).
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
RETURN entity
