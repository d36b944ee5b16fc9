// Ids of extractions a maintainer rejected in this article, and rejected entities wherever they came
// from (entities are shared between articles): re-ingesting must not bring them back.
MATCH (rejected:RejectedExtraction)
WHERE rejected.articleId = $articleId OR rejected.articleId IS NULL
RETURN collect(rejected.id) AS ids
