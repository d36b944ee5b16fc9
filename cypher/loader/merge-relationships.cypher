// Loader: relationships of one type between two labels. $rows: [{id, type, from, to, properties}].
// {{type}}, {{fromLabel}} and {{toLabel}} are filled from the RelationshipType and Label enums only
// (src/db/cypher.ts refuses anything else): a static type lets MERGE expand from `from` instead of
// scanning every relationship, which a dynamic $(type) would do. `id` makes loading idempotent.
// An extracted row only creates: it never changes a relationship that exists (curated or accepted).
UNWIND $rows AS row
MATCH (from:{{fromLabel}} {id: row.from})
MATCH (to:{{toLabel}} {id: row.to})
MERGE (from)-[relationship:{{type}} {id: row.id}]->(to)
  ON CREATE SET relationship += row.properties
  ON MATCH SET relationship += CASE WHEN row.properties.origin = 'curated' THEN row.properties ELSE {} END
RETURN count(relationship) AS written
