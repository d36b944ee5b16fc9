// The statement to group: its text, its speaker and the utterance it belongs to now, if any.
MATCH (speaker:Entity)-[:SAID]->(statement:Statement {id: $id})
OPTIONAL MATCH (statement)-[membership:REPORTS]->(utterance:Utterance)
RETURN statement.text AS text, speaker.id AS speaker, utterance.id AS utterance, membership.method AS method
