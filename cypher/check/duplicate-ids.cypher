// Ids held by more than one node (entities, statements, articles, figures, utterances) or by more than one
// relationship of a type. The uniqueness constraints prevent both; this finds a graph written without them.
CALL () {
  MATCH (node)
  WHERE node:Entity OR node:Statement OR node:Article OR node:Figure OR node:Utterance
  WITH node.id AS id, count(*) AS holders
  WHERE id IS NULL OR holders > 1
  RETURN coalesce(id, 'a node without an id') AS id
  UNION ALL
  MATCH ()-[relationship]->()
  WHERE relationship.id IS NOT NULL
  WITH type(relationship) AS type, relationship.id AS id, count(*) AS holders
  WHERE holders > 1
  RETURN id
}
RETURN count(id) AS violations, collect(id)[..5] AS examples
