// Competing figures: casualty numbers and who gives them
// Every Figure (a number a statement or entity carries) measured in soldiers, with the statement
// and speaker behind it. Read down the table to compare the BBC/Mediazona count, Kyiv's and Moscow's
// official numbers and Donald Trump's claims; `kind` says whether a number is a claim, report or estimate.
MATCH (speaker:Entity)-[:SAID]->(statement:Statement)-[:HAS_FIGURE]->(figure:Figure {unit: 'soldiers'})
RETURN figure.name AS figure,
  figure.value AS value,
  speaker.name AS speaker,
  statement.kind AS kind,
  statement.saidOn AS saidOn,
  statement.text AS statement
ORDER BY figure.value DESC
