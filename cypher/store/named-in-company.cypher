// For names waiting for review, how often each person the name may be is named beside the name's company:
// the entities named in the name's own statements ("whether it's Clinton or Trump" names Donald Trump).
// A statement counts once however many of the company it names.
UNWIND $questions AS question
MATCH (item:Entity {id: question.item})
CALL (item, question) {
  OPTIONAL MATCH (item)-[:SAID|MENTIONS]-(:Statement)-[:SAID|MENTIONS]-(companion:Entity)
  WHERE companion <> item AND NOT companion.id IN question.namesakes
  WITH collect(DISTINCT companion) AS company
  UNWIND question.namesakes AS namesakeId
  MATCH (namesake:Entity {id: namesakeId})
  RETURN namesakeId AS namesake,
    COUNT {
      MATCH (namesake)-[:SAID|MENTIONS]-(statement:Statement)-[:SAID|MENTIONS]-(companion:Entity)
      WHERE companion IN company
      RETURN DISTINCT statement
    } AS together
}
RETURN question.item AS item, namesake, together
