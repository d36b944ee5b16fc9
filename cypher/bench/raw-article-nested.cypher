// Benchmark, raw implementation of the three-level nested query: an article, its statements with
// speaker and mentions, and the statements they dispute with their speakers.
MATCH (article:Article {id: $id})
RETURN article {
  .id, .title,
  statements: COLLECT {
    MATCH (statement:Statement)-[:REPORTED_IN]->(article)
    MATCH (speaker:Entity)-[:SAID]->(statement)
    RETURN statement {
      .id, .kind, .text,
      speaker: speaker {.id, .name},
      mentions: [(statement)-[:MENTIONS]->(mentioned:Entity) | mentioned {.id, .name}],
      disputes: [(statement)-[:DISPUTES]->(disputed:Statement)<-[:SAID]-(disputedSpeaker:Entity) |
        disputed {.id, .text, speaker: disputedSpeaker {.id, .name}}]
    }
    ORDER BY statement.id
  }
} AS article
