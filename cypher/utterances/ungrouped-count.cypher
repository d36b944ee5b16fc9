// How many statements are in no utterance (the backfill's progress bar).
MATCH (statement:Statement)
WHERE NOT EXISTS { (statement)-[:REPORTS]->(:Utterance) }
RETURN count(statement) AS count
