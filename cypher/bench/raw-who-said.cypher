// Benchmark, raw implementation of whoSaid: full-text candidates with their speakers, in one query
// (bench/raw-server.ts scores them against the quotation as src/store/statements.ts does).
CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $candidates})
YIELD node AS statement, score
MATCH (speaker:Entity)-[:SAID]->(statement)
RETURN statement {.id, .text, .saidOn, .excerpt, speaker: speaker {.id, .name}} AS statement, score
