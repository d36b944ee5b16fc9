// Articles: by id, and the list of them.
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import { toArticle, type ArticleNode } from "../graph/nodes";
import { keyedById, nodesByIds, readWithNeighbours, type Prefetch, type WithNeighbours } from "./prefetch";
import type { Node } from "neo4j-driver";

export async function articlesByIds(db: Database, ids: readonly string[]): Promise<Map<string, ArticleNode>> {
  return keyedById(await articlesWithNeighbours(db, ids));
}

/** Articles by id, each with what `prefetch` plans for it. */
export function articlesWithNeighbours(
  db: Database,
  ids: readonly string[],
  prefetch?: Prefetch,
): Promise<WithNeighbours<ArticleNode>> {
  return nodesByIds(db, cypher("store/articles-by-ids"), "article", toArticle, ids, prefetch);
}

/** Every article, newest first, each with what `prefetch` plans for it. */
export async function listArticles(db: Database, prefetch?: Prefetch): Promise<WithNeighbours<ArticleNode>> {
  const { rows, neighbourhoods } = await readWithNeighbours<{ article: Node }>(
    db,
    cypher("store/articles-all"),
    {},
    "article",
    prefetch,
  );
  return { items: rows.map(({ article }) => toArticle(article)), neighbourhoods };
}
