// Benchmark, raw implementation of a speaker's page: 20 statements (and one more, for hasNextPage)
// in id order, each with its speaker, mentions and disputers. A speaker of many statements is paged
// by walking the statement_id index in order and keeping theirs (about $limit × total / said rows);
// anyone else by sorting their statements (said rows): whichever touches fewer, so a page costs at most
// about √($limit × total) rows, not one row per statement the speaker ever made.
MATCH (speaker:Entity {id: $speaker})
CALL () {
  MATCH (any:Statement)
  RETURN count(any) AS total
}
WITH speaker, COUNT { (speaker)-[:SAID]->() } AS said, total
WITH speaker, said * said > $limit * total AS popular
CALL (speaker, popular) {
  MATCH (statement:Statement)
  WHERE statement.id > CASE WHEN popular THEN '' ELSE '\uffff' END
    AND (speaker)-[:SAID]->(statement)
  RETURN statement
  ORDER BY statement.id
  LIMIT $limit
  UNION ALL
  MATCH (speaker)-[:SAID]->(statement:Statement)
  WHERE NOT popular
  RETURN statement
  ORDER BY statement.id
  LIMIT $limit
}
RETURN statement {
  .id, .text, .kind, .saidOn,
  speaker: speaker {.id, .name},
  mentions: [(statement)-[:MENTIONS]->(mentioned:Entity) | mentioned {.id, .name}],
  disputedBy: [(statement)<-[:DISPUTES]-(disputer:Statement) | disputer {.id, .text}]
} AS statement
