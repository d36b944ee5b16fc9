// For each id in $ids: the nodes it points at through one relationship type, with the relationship.
// {{type}}, {{fromLabel}} and {{toLabel}} come from the graph model's enums (src/store/related.ts).
UNWIND $ids AS id
MATCH (node:{{fromLabel}} {id: id})-[relationship:{{type}}]->(other:{{toLabel}})
RETURN id, other, relationship, other.id AS otherId
ORDER BY id, other.articleId, other.evidenceStart, other.name, other.id
