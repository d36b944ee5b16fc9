// The speakers of the statements utterance $id reports, and how many statements it has.
MATCH (utterance:Utterance {id: $id})
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(statement:Statement)-[:REPORTS]->(utterance)
RETURN collect(DISTINCT speaker.id) AS speakers, count(statement) AS reports
