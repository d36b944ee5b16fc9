// Loader: new relationships of one type between two labels (a maintainer's `link`), filled like
// merge-relationships.cypher. CREATE, not MERGE: an id that exists fails on the relationship's
// uniqueness constraint (cypher/schema.cypher), so of two identical links at the same moment one fails.
UNWIND $rows AS row
MATCH (from:{{fromLabel}} {id: row.from})
MATCH (to:{{toLabel}} {id: row.to})
CREATE (from)-[relationship:{{type}} {id: row.id}]->(to)
SET relationship += row.properties
RETURN count(relationship) AS written
