// What each id in $ids names: its labels, or null when no entity, statement or article has that id.
UNWIND $ids AS id
OPTIONAL MATCH (entity:Entity {id: id})
OPTIONAL MATCH (statement:Statement {id: id})
OPTIONAL MATCH (article:Article {id: id})
RETURN id, labels(coalesce(entity, statement, article)) AS labels
