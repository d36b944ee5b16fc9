// One person: statements and roles (Volodymyr Zelensky)
// The person in the middle, their HOLDS_ROLE arrow (the caption is the title) and MEMBER_OF arrows,
// every Statement they SAID, and where a statement of theirs was relayed by someone else, the VIA
// arrow to that relay (Zelensky's "I want to fight", quoted by Donald Trump on Fox News).
// To look at someone else, replace the id (ids are listed by `MATCH (p:Person) RETURN p.id, p.name`).
MATCH (person:Person {id: 'person/volodymyr-zelensky'})
CALL (person) {
  MATCH path = (person)-[:HOLDS_ROLE|MEMBER_OF]->(:Organization)
  RETURN path
  UNION
  MATCH path = (person)-[:SAID]->(:Statement)
  RETURN path
  UNION
  MATCH path = (person)-[:SAID]->(:Statement)-[:VIA]->(:Entity)
  RETURN path
}
RETURN path
