// How many nodes carry each label and how many relationships have each type.
MATCH (node)
UNWIND labels(node) AS label
RETURN 'label' AS of, label AS name, count(*) AS count
UNION ALL
MATCH ()-[relationship]->()
RETURN 'type' AS of, type(relationship) AS name, count(*) AS count
