// A new utterance whose first report is statement $id. Its id comes from the statement's; when that
// is taken (the statement was split out of the utterance it founded), a random suffix follows.
WITH 'utterance/' + substring($id, size('statement/')) AS base
OPTIONAL MATCH (taken:Utterance {id: base})
WITH CASE WHEN taken IS NULL THEN base ELSE base + '/' + randomUUID() END AS utteranceId
MATCH (statement:Statement {id: $id})
CREATE (statement)-[:REPORTS {method: $method, decidedAt: $decidedAt}]->(utterance:Utterance {id: utteranceId})
RETURN utterance.id AS id
