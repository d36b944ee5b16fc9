// A page of one speaker's statements in id order, when the speaker is the only filter.
// A speaker of many statements is paged by walking the statement_id index in order and keeping theirs
// (about $limit × total / said rows); anyone else by sorting their statements (said rows): whichever
// touches fewer, so a page costs about √($limit × total) rows at most, not one per statement the
// speaker ever made (88,911 for the most popular speaker of the 1M-statement benchmark graph).
// The statement comes back as src/graph/nodes.ts reads it (CONVERTED_PROPERTIES; a test keeps the two
// equal): not its searchText or date range, which only queries read.
MATCH (speaker:Entity {id: $speaker})
CALL () {
  MATCH (any:Statement)
  RETURN count(any) AS total
}
WITH speaker, COUNT { (speaker)-[:SAID]->() } AS said, total
WITH speaker, said * said > $limit * total AS popular
CALL (speaker, popular) {
  MATCH (statement:Statement)
  WHERE statement.id > CASE WHEN popular THEN coalesce($after, '') ELSE '\uffff' END
    AND (speaker)-[:SAID]->(statement)
  RETURN statement
  ORDER BY statement.id
  LIMIT $limit
  UNION ALL
  MATCH (speaker)-[:SAID]->(statement:Statement)
  WHERE NOT popular AND ($after IS NULL OR statement.id > $after)
  RETURN statement
  ORDER BY statement.id
  LIMIT $limit
}
RETURN
  {labels: labels(statement), properties: statement {.id, .text, .kind, .saidOn, .verification, .articleId, .evidenceStart, .evidenceEnd, .excerpt, .version, .origin, .confidence, .needsReview, .extractorVersion}} AS statement
