// whoSaid: candidate statements from the statement_text full-text index; src/store/statements.ts
// scores them against the pasted quotation and keeps those above the threshold.
// The statement comes back as src/graph/nodes.ts reads it (CONVERTED_PROPERTIES; a test keeps the two
// equal): not its searchText or date range, which only queries read.
CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $candidates})
YIELD node AS statement, score
RETURN
  {labels: labels(statement), properties: statement {.id, .text, .kind, .saidOn, .verification, .articleId, .evidenceStart, .evidenceEnd, .excerpt, .version, .origin, .confidence, .needsReview, .extractorVersion}} AS statement,
  score
