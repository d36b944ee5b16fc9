// Every entity's id, type, name and aliases: what the extractor links surface forms against.
MATCH (entity:Entity)
RETURN entity.id AS id,
  [label IN labels(entity) WHERE label IN ['Person', 'Organization', 'Place', 'Facility']][0] AS type,
  entity.name AS name,
  entity.aliases AS aliases
