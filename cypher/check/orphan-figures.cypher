// Figures no statement or entity holds.
MATCH (figure:Figure)
WHERE NOT EXISTS { ()-[:HAS_FIGURE]->(figure) }
RETURN count(figure) AS violations, collect(figure.id)[..5] AS examples
