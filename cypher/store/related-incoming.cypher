// For each id in $ids: the nodes that point at it through one relationship type, with the relationship.
// {{type}}, {{fromLabel}} and {{toLabel}} come from the graph model's enums (src/store/related.ts).
UNWIND $ids AS id
MATCH (node:{{toLabel}} {id: id})<-[relationship:{{type}}]-(other:{{fromLabel}})
RETURN id, other, relationship, other.id AS otherId
ORDER BY id, other.articleId, other.evidenceStart, other.name, other.id
