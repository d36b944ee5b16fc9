// Who said what about NATO
// Every statement that mentions NATO, with the entity that made it. NATO sits in the middle of the
// graph view; each Statement around it is one thing someone said (the caption is the start of its
// text, click a node for `kind`, `saidOn`, `excerpt`), and the node on the far side of SAID is the speaker.
// Statements NATO itself made (its 2008 and 2024 summit decisions) are added with their SAID arrow.
MATCH (nato:Organization {id: 'organization/nato'})
CALL (nato) {
  MATCH path = (speaker:Entity)-[:SAID]->(statement:Statement)-[:MENTIONS]->(nato)
  RETURN path
  UNION
  MATCH path = (nato)-[:SAID]->(statement:Statement)
  RETURN path
}
RETURN path
