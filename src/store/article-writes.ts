// Maintainers' writes of articles. Each runs in one transaction and checks before it writes.
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import { EntityType, slugify } from "../graph/model";
import type { ArticleNode } from "../graph/nodes";
import { InputError, NotFoundError } from "../errors";
import { articleRow, emptyBatch } from "../seed/graph-batch";
import { articlesByIds } from "./articles";
import { writeBatch } from "./graph-loader";
import { expectKind, nodeKinds } from "./write-checks";

export interface ArticleFields {
  title: string;
  /** Organization id of the publisher. */
  publisher: string;
  publishedOn: string;
  url?: string | null;
}

export interface NewArticle extends ArticleFields {
  id?: string | null;
  text: string;
}

async function writeArticle(
  db: Database,
  id: string,
  fields: ArticleFields,
  text: string,
  creating: boolean,
): Promise<ArticleNode> {
  await db.write(async (tx) => {
    const kinds = await nodeKinds(tx, [id, fields.publisher]);
    if (creating && kinds.has(id)) throw new InputError("id", `${id} already exists`);
    expectKind(kinds, "publisher", fields.publisher, [EntityType.Organization]);
    const [publisher] = await tx.run<{ name: string }>(
      "MATCH (publisher:Organization {id: $id}) RETURN publisher.name AS name",
      {
        id: fields.publisher,
      },
    );
    const batch = emptyBatch();
    batch.articles.push(
      articleRow(
        {
          id,
          title: fields.title,
          publisher: fields.publisher,
          publishedOn: fields.publishedOn,
          url: fields.url ?? null,
        },
        text,
        publisher.name,
      ),
    );
    await writeBatch(tx, batch);
  });
  const written = (await articlesByIds(db, [id])).get(id);
  if (!written) throw new Error(`article ${id} was not written`);
  return written;
}

export async function createArticle(db: Database, input: NewArticle): Promise<ArticleNode> {
  const id = input.id ?? `article/${slugify(input.title)}-${input.publishedOn}`;
  if (!id.startsWith("article/")) throw new InputError("id", "an article id must start with article/");
  return writeArticle(db, id, input, input.text, true);
}

/** Changes metadata only: the text is fixed once written, since every excerpt's offsets point into it. */
export async function updateArticle(
  db: Database,
  id: string,
  changes: Partial<ArticleFields>,
): Promise<ArticleNode> {
  const current = (await articlesByIds(db, [id])).get(id);
  if (!current) throw new NotFoundError("id", id);
  const [publisher] = await db.read<{ id: string }>(
    "MATCH (:Article {id: $id})-[:PUBLISHED_BY]->(publisher:Organization) RETURN publisher.id AS id",
    { id },
  );
  const fields: ArticleFields = {
    title: changes.title ?? current.title,
    publisher: changes.publisher ?? publisher?.id ?? "",
    publishedOn: changes.publishedOn ?? current.publishedOn ?? "",
    url: changes.url !== undefined ? changes.url : current.url,
  };
  return writeArticle(db, id, fields, current.text, false);
}

/** Deletes the article, its statements and every relationship whose evidence lies in it. */
export async function deleteArticle(db: Database, id: string): Promise<boolean> {
  return db.write(async (tx) => {
    const [row] = await tx.run<{ statements: number }>(cypher("store/delete-article"), { id });
    if (!row) throw new NotFoundError("id", id);
    return true;
  });
}
