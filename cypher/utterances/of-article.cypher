// The utterances that statements of article $articleId report: those a deletion may leave empty.
MATCH (:Statement {articleId: $articleId})-[:REPORTS]->(utterance:Utterance)
RETURN collect(DISTINCT utterance.id) AS ids
