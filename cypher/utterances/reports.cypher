// The reports of the utterance bound to `utterance`, as `reports`, in order: earliest article first
// (publishedOn; a partial date sorts before the full dates of its period), then the article id and the
// offset in it, so the order is stable. Articles carry no time of day. A subquery that both reads of an
// utterance end with: by-statements.cypher's, and the prefetch of a root query (src/store/prefetch.ts).
// A COLLECT subquery rather than collect(): an aggregation inside a root query's RETURN would group it.
CALL (utterance) {
  RETURN COLLECT {
    MATCH (statement:Statement)-[membership:REPORTS]->(utterance)
    MATCH (speaker:Entity)-[:SAID]->(statement)
    MATCH (statement)-[:REPORTED_IN]->(article:Article)
    WITH statement, membership, speaker, article
    ORDER BY article.publishedOn, article.id, statement.evidenceStart, statement.id
    RETURN {
      statementId: statement.id,
      text: statement.text,
      speakerId: speaker.id,
      articleId: article.id,
      publishedOn: article.publishedOn,
      outlet: article.publisher,
      method: membership.method,
      score: membership.score,
      matchedStatementId: membership.matched,
      decidedAt: toString(membership.decidedAt)
    }
  } AS reports
}
