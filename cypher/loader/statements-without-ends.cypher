// Loader: the statements among $ids that lack their speaker (SAID) or their article (REPORTED_IN)
// once a batch is written. Neo4j Community cannot require a relationship, so the writing transaction
// asks, and fails when any is listed. ("At most one" is the constraints' work: cypher/schema.cypher.)
UNWIND $ids AS id
MATCH (statement:Statement {id: id})
WITH statement,
  COUNT { (:Entity)-[:SAID]->(statement) } AS speakers,
  COUNT { (statement)-[:REPORTED_IN]->(:Article) } AS articles
WHERE speakers <> 1 OR articles <> 1
RETURN statement.id AS id, speakers, articles
