// Loader: for SAID rows about to be written ($rows: [{id, to}]), the statement's speaker when it is
// another one: a statement has one speaker, so such a row is refused before the constraint would.
UNWIND $rows AS row
MATCH (speaker:Entity)-[said:SAID]->(:Statement {id: row.to})
WHERE said.id <> row.id
RETURN row.to AS statement, speaker.id AS speaker
