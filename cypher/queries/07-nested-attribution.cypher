// Nested attribution: who relayed what
// Statements that reached the article second- or third-hand. `source` said it; `via` lists the
// entities that passed it on, nearest the source first (the VIA relationship's `order`), ending
// with the outlet that published it. Read a row as: source, according to via[0], according to via[1]...
// e.g. "Local residents of Ryazan reported more than 50 explosions", via an SBU source, via the Kyiv Independent.
MATCH (source:Entity)-[:SAID]->(statement:Statement)-[via:VIA]->(relay:Entity)
WITH source, statement, via, relay
ORDER BY via.order
WITH source, statement, collect(relay.name) AS relays
RETURN source.name AS source,
  relays AS via,
  statement.kind AS kind,
  statement.text AS text
ORDER BY size(relays) DESC, source, text
