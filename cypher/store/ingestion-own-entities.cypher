// The extracted entities that only this article's unreviewed extractions refer to (introduced by its
// extraction, `extractedFrom`): reading the article again replaces them, so the extractor must not
// link to them as if a curator or another article had vouched for them.
MATCH (entity:Entity {extractedFrom: $articleId})
WHERE entity.origin = 'extracted'
  AND entity.reviewedAt IS NULL
  AND NOT EXISTS {
    (entity)-[other]-()
    WHERE other.articleId IS NOT NULL
      AND (other.articleId <> $articleId OR other.origin <> 'extracted' OR other.reviewedAt IS NOT NULL)
  }
RETURN collect(entity.id) AS ids
