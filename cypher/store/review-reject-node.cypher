// A maintainer rejected an extracted statement or entity ({{label}}): remember its id, so that
// re-ingesting leaves it out, and delete it; a rejected entity takes the extracted statements it spoke,
// and utterances left without statements go too.
MATCH (item:{{label}} {id: $id})
WHERE item.origin = 'extracted'
MERGE (rejected:RejectedExtraction {id: $id})
SET rejected.articleId = item.articleId, rejected.rejectedAt = datetime()
WITH item
OPTIONAL MATCH (item)-[:SAID]->(spoken:Statement {origin: 'extracted'})
WITH item, collect(spoken) AS spoken
WITH item, [item] + spoken AS doomed
UNWIND doomed AS node
OPTIONAL MATCH (node)-[:HAS_FIGURE]->(figure:Figure)
DETACH DELETE figure
WITH DISTINCT node
OPTIONAL MATCH (node)-[:REPORTS]->(utterance:Utterance)
DETACH DELETE node
WITH count(node) AS done, collect(DISTINCT utterance) AS utterances
// An utterance whose every statement was rejected goes with them.
CALL (utterances) {
  UNWIND utterances AS utterance
  WITH utterance
  WHERE NOT EXISTS { (:Statement)-[:REPORTS]->(utterance) }
  DELETE utterance
}
RETURN done
