// Statements to publish as schema.org Claims: each with its speaker and the statements that dispute or
// confirm it (at most $maxReviews, by id), each of those with its speaker and the article reporting it.
// An extraction waiting for a maintainer (needsReview, the relationship or the reviewing statement) is
// no verdict to publish: JSON-LD has no way to say "unchecked", so it waits until it is accepted.
UNWIND $ids AS id
MATCH (speaker:Entity)-[:SAID]->(statement:Statement {id: id})
RETURN statement.id AS id,
  statement.text AS text,
  statement.saidOn AS saidOn,
  speaker {.id, .name, labels: labels(speaker)} AS speaker,
  COLLECT {
    MATCH (reviewer:Entity)-[:SAID]->(review:Statement)-[verdict:DISPUTES|CONFIRMS]->(statement)
    WHERE NOT coalesce(verdict.needsReview, false)
      AND NOT coalesce(review.needsReview, false)
    OPTIONAL MATCH (review)-[:REPORTED_IN]->(article:Article)
    OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(publisher:Organization)
    WITH review, verdict, reviewer, article, publisher
    ORDER BY review.id, type(verdict)
    LIMIT $maxReviews
    RETURN {
      relationship: type(verdict),
      statementId: review.id,
      text: review.text,
      saidOn: review.saidOn,
      author: reviewer {.id, .name, labels: labels(reviewer)},
      article: CASE WHEN article IS NULL THEN null ELSE {
        articleId: article.id,
        title: article.title,
        url: article.url,
        publishedOn: toString(article.publishedOn),
        publisherId: publisher.id,
        publisherName: coalesce(publisher.name, article.publisher)
      } END
    }
  } AS reviews
