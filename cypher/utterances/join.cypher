// Statement $id joins utterance $utterance, recording why: how it matched, the score and the statement
// it matched ($matched), or the maintainer's decision ($decidedAt).
MATCH (statement:Statement {id: $id})
MATCH (utterance:Utterance {id: $utterance})
CREATE (statement)-[:REPORTS {method: $method, score: $score, matched: $matched, decidedAt: $decidedAt}]->(utterance)
