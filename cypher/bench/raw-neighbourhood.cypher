// Benchmark, raw implementation of an entity's neighbourhood two hops out: what it said and what
// those statements mention; the statements that mention it and who said them.
MATCH (entity:Entity {id: $id})
RETURN entity {
  .id, .name,
  type: [label IN labels(entity) WHERE label <> 'Entity'][0],
  statements: COLLECT {
    MATCH (entity)-[:SAID]->(statement:Statement)
    RETURN statement {.id, .text, mentions: [(statement)-[:MENTIONS]->(mentioned:Entity) | mentioned {.id, .name}]}
  },
  mentionedIn: COLLECT {
    MATCH (entity)<-[:MENTIONS]-(statement:Statement)<-[:SAID]-(speaker:Entity)
    RETURN statement {.id, .text, speaker: speaker {.id, .name}}
  }
} AS entity
