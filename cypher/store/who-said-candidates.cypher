// whoSaid: candidate statements from the statement_text full-text index; src/store/statements.ts
// scores them against the pasted quotation and keeps those above the threshold.
CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $candidates})
YIELD node AS statement, score
RETURN statement, score
