// Articles by id (batched by the per-request DataLoader).
UNWIND $ids AS id
MATCH (article:Article {id: id})
RETURN article
