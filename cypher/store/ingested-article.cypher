// The article stored with this text (found by the digest of its text): what ingestion needs to know
// whether reading the text again would change anything.
MATCH (article:Article {textHash: $textHash})
RETURN article.id AS id,
  article.title AS title,
  article.publisher AS publisher,
  toString(article.publishedOn) AS publishedOn,
  article.origin AS origin,
  article.extractorVersion AS extractorVersion
ORDER BY id
LIMIT 1
