// Ingestion's first step inside its write transaction: the article node, created when new, and locked.
// MERGE on the unique id makes concurrent ingestions of one text queue here; each then reads the
// extractor version the one before it wrote, and writes nothing when it is already the current one.
MERGE (article:Article {id: $id})
  ON CREATE SET article.version = 0
SET article._lock = true
REMOVE article._lock
RETURN article.origin AS origin, article.extractorVersion AS extractorVersion
