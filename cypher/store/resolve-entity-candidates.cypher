// resolveEntity: candidates from the entity_names full-text index (names and aliases), with how many
// statements each entity made, which breaks ties between equally good names ("Moscow" the government
// that speaks vs. Moscow the city). $type: a label from the EntityType enum, or null for any.
// The entity comes back as src/graph/nodes.ts reads it (CONVERTED_PROPERTIES; a test keeps the two
// equal): not its searchNames, which only queries read.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates})
YIELD node AS entity, score
WHERE $type IS NULL OR $type IN labels(entity)
RETURN
  {labels: labels(entity), properties: entity {.id, .name, .aliases, .description, .kind, .country, .anonymous, .version, .origin, .confidence, .needsReview, .extractorVersion}} AS entity,
  score, COUNT { (entity)-[:SAID]->(:Statement) } AS statements
