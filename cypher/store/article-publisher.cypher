// The id of the organization that published an article.
MATCH (:Article {id: $id})-[:PUBLISHED_BY]->(publisher:Organization)
RETURN publisher.id AS id
