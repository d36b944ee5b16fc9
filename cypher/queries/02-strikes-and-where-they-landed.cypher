// Strikes: who struck what, and where it lies
// One row per STRUCK relationship: the attacker, the means, the target, and the target's LOCATED_IN
// chain up to its country (nearest place first; empty when the target is a country itself).
// `struckOn` is the date the article gives (null when it gives none), `outcome` what it says happened,
// and `evidence` the sentence of the article the strike was read from.
MATCH (attacker:Entity)-[strike:STRUCK]->(target:Entity)
OPTIONAL MATCH chain = (target)-[:LOCATED_IN*0..8]->(country:Place {kind: 'COUNTRY'})
RETURN attacker.name AS attacker,
  strike.means AS means,
  target.name AS target,
  target.kind AS targetKind,
  [place IN tail(nodes(chain)) | place.name] AS locatedIn,
  country.name AS country,
  strike.on AS struckOn,
  strike.outcome AS outcome,
  strike.excerpt AS evidence
ORDER BY country, target, attacker
