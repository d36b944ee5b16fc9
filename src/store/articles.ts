// Articles: by id, and the list of them.
import type { Node } from "neo4j-driver";
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import { toArticle, type ArticleNode } from "../graph/nodes";

export async function articlesByIds(db: Database, ids: readonly string[]): Promise<Map<string, ArticleNode>> {
  const rows = await db.read<{ article: Node }>(cypher("store/articles-by-ids"), { ids: [...new Set(ids)] });
  return new Map(rows.map(({ article }) => [String(article.properties.id), toArticle(article)]));
}

export async function listArticles(db: Database): Promise<ArticleNode[]> {
  const rows = await db.read<{ article: Node }>(cypher("store/articles-all"));
  return rows.map(({ article }) => toArticle(article));
}
