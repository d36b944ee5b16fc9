// Confirmations: which claims were corroborated, and by whom
// One row per CONFIRMS relationship: `confirmedBy` said `confirmation`, which confirms `claim` made by
// `claimedBy`. A claim confirmed by someone other than its speaker (the General Staff confirming what
// an anonymous SBU source told the Kyiv Independent) is stronger evidence than the claim alone.
MATCH (confirmer:Entity)-[:SAID]->(confirmation:Statement)-[:CONFIRMS]->(claim:Statement)<-[:SAID]-(claimant:Entity)
RETURN claimant.name AS claimedBy,
  claim.kind AS claimKind,
  claim.text AS claim,
  confirmer.name AS confirmedBy,
  confirmation.kind AS confirmationKind,
  confirmation.text AS confirmation
ORDER BY claimedBy, claim
