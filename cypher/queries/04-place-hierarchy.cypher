// The place hierarchy
// Every LOCATED_IN relationship between two places: towns and villages in oblasts, oblasts and
// republics in countries, front-line axes in Donetsk Oblast, capitals in their countries. In the graph
// view the countries (and Europe) are the hubs; a place without an outgoing arrow is a top level.
// Facilities and organizations also have LOCATED_IN arrows; query 02 follows those for strike targets.
MATCH path = (inner:Place)-[:LOCATED_IN]->(outer:Place)
RETURN path
