// How many statements that are not extractions (curated, or corrected by a maintainer) an entity
// speaks: rejecting the entity would leave them without a speaker.
MATCH (:Entity {id: $id})-[:SAID]->(statement:Statement)
WHERE statement.origin <> 'extracted'
RETURN count(statement) AS spoken
