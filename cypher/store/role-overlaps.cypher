// Of the pairs of people ($pairs: [{keep, merge}]), those who held roles at once that are not the same
// role (another organization, or another title): one person cannot have held both, so they are two.
// mergeEntities refuses such a merge; duplicateCandidates does not propose it. A role's period is
// since..until; a role with neither is the day its article reports it. Partial dates ("2016", "2016-05")
// compare as text: an until is padded with '~' so that "2016" ends after every day of 2016.
UNWIND $pairs AS pair
CALL (pair) {
  MATCH (keep:Person {id: pair.keep})-[held:HOLDS_ROLE]->(keptOrganization:Organization)
  MATCH (merged:Person {id: pair.merge})-[other:HOLDS_ROLE]->(mergedOrganization:Organization)
  WHERE keptOrganization <> mergedOrganization OR toLower(held.title) <> toLower(other.title)
  OPTIONAL MATCH (heldArticle:Article {id: held.articleId})
  OPTIONAL MATCH (otherArticle:Article {id: other.articleId})
  WITH held, other, keptOrganization, mergedOrganization,
    coalesce(held.since, CASE WHEN held.until IS NULL THEN heldArticle.publishedOn END, '') AS heldFrom,
    coalesce(held.until, CASE WHEN held.since IS NULL THEN heldArticle.publishedOn END) + '~' AS heldUntil,
    coalesce(other.since, CASE WHEN other.until IS NULL THEN otherArticle.publishedOn END, '') AS otherFrom,
    coalesce(other.until, CASE WHEN other.since IS NULL THEN otherArticle.publishedOn END) + '~' AS otherUntil
  WHERE heldFrom <= coalesce(otherUntil, '~') AND otherFrom <= coalesce(heldUntil, '~')
  RETURN held.title + ' of ' + keptOrganization.name AS kept,
    other.title + ' of ' + mergedOrganization.name AS merged
  LIMIT 1
}
RETURN pair.keep AS keep, pair.merge AS merge, kept, merged
