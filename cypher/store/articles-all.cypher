// Every article, newest first.
MATCH (article:Article)
RETURN article
ORDER BY article.publishedOn DESC, article.id
