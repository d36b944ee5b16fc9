// The utterance each of statements $ids reports, with every report in order: earliest article first
// (publishedOn; a partial date sorts before the full dates of its period), then the article id and
// the offset in it, so the order is stable. Articles carry no time of day.
UNWIND $ids AS statementId
MATCH (:Statement {id: statementId})-[:REPORTS]->(utterance:Utterance)
CALL (utterance) {
  MATCH (statement:Statement)-[membership:REPORTS]->(utterance)
  MATCH (speaker:Entity)-[:SAID]->(statement)
  MATCH (statement)-[:REPORTED_IN]->(article:Article)
  OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(publisher:Organization)
  WITH statement, membership, speaker, article, publisher
  ORDER BY article.publishedOn, article.id, statement.evidenceStart, statement.id
  RETURN collect({
    statementId: statement.id,
    text: statement.text,
    speakerId: speaker.id,
    articleId: article.id,
    publishedOn: article.publishedOn,
    outlet: article.publisher,
    publisherId: publisher.id,
    method: membership.method,
    score: membership.score,
    matchedStatementId: membership.matched,
    decidedAt: toString(membership.decidedAt)
  }) AS reports
}
RETURN statementId, utterance.id AS id, reports
