// Timeline: statements by the date they were made
// Statements whose date the article gives, oldest first. `saidOn` is the date as written (a day, a
// month or only a year); `saidFrom` and `saidUntil` are the first and last day it covers, so a
// month-only date (2022-09) sorts before the days of that month it could be. Statements without a
// date are left out: most were made on the day of the article, but the article does not say so.
MATCH (speaker:Entity)-[:SAID]->(statement:Statement)
WHERE statement.saidFrom IS NOT NULL
RETURN statement.saidOn AS saidOn,
  statement.saidFrom AS saidFrom,
  statement.saidUntil AS saidUntil,
  speaker.name AS speaker,
  statement.kind AS kind,
  statement.text AS text
ORDER BY statement.saidFrom, statement.saidUntil, speaker.name
