// Every article, newest first.
MATCH (article:Article)
WITH article
ORDER BY article.publishedOn DESC, article.id
RETURN article
