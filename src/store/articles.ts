// Articles: by id, and the list of them.
import type { Node } from "neo4j-driver";
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import { toArticle, type ArticleNode } from "../graph/nodes";
import { nodesByIds, readWithPrefetch, type Prefetch } from "./prefetch";

/** Articles by id; `prefetch` may use the variable `article`. */
export async function articlesByIds(
  db: Database,
  ids: readonly string[],
  prefetch?: Prefetch,
): Promise<Map<string, ArticleNode>> {
  return nodesByIds(db, cypher("store/articles-by-ids"), "article", toArticle, ids, prefetch);
}

/** Every article, newest first; `prefetch` may use the variable `article`. */
export async function listArticles(db: Database, prefetch?: Prefetch): Promise<ArticleNode[]> {
  const rows = await readWithPrefetch<{ article: Node }>(db, cypher("store/articles-all"), {}, prefetch);
  return rows.map(({ article }) => toArticle(article));
}
