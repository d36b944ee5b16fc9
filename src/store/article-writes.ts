// Maintainers' writes of articles. Each runs in one transaction and checks before it writes; a create
// of a taken id is ALREADY_EXISTS, an update locks the article and may name the version it expects.
import { cypher } from "../db/cypher";
import type { Database, Transaction } from "../db/database";
import { ChangeKind, EntityType, Label, Origin, slugify } from "../graph/model";
import { toArticle, type ArticleNode } from "../graph/nodes";
import { AlreadyExistsError, InputError, NotFoundError } from "../errors";
import { admitArticleText } from "../ingest/text-admission";
import { articleRow, emptyBatch } from "../seed/graph-batch";
import { appendChanges } from "./changes";
import { createdOnce, writeBatch } from "./graph-loader";
import { expectKind, lockForUpdate, nodeIn, nodeKinds } from "./write-checks";
import { withEmptyUtterancesDropped } from "./utterances";

export interface ArticleFields {
  title: string;
  /** Organization id of the publisher (an ingested article's may be unknown: null). */
  publisher: string | null;
  publishedOn: string;
  url?: string | null;
}

export interface NewArticle extends ArticleFields {
  id?: string | null;
  publisher: string;
  text: string;
}

/** Who wrote the article into the graph: a maintainer, or the extractor (whose version it keeps). */
interface ArticleOrigin {
  origin: Origin;
  extractorVersion: string | null;
}

const CURATED: ArticleOrigin = { origin: Origin.CURATED, extractorVersion: null };

/** Writes the article inside `tx` and returns it as written. */
async function writeArticle(
  tx: Transaction,
  id: string,
  fields: ArticleFields,
  text: string,
  creating: boolean,
  { origin, extractorVersion }: ArticleOrigin = CURATED,
): Promise<ArticleNode> {
  const kinds = await nodeKinds(tx, [id, ...(fields.publisher ? [fields.publisher] : [])]);
  if (creating && kinds.has(id)) throw new AlreadyExistsError("id", id);
  let publisherName: string | null = null;
  if (fields.publisher) {
    expectKind(kinds, "publisher", fields.publisher, [EntityType.Organization]);
    publisherName = String((await nodeIn(tx, Label.Organization, fields.publisher)).properties.name);
  }
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
      publisherName,
      origin,
      extractorVersion,
    ),
  );
  await writeBatch(tx, batch, { create: creating });
  const written = toArticle(await nodeIn(tx, Label.Article, id));
  const kind = creating ? ChangeKind.ARTICLE_ADDED : ChangeKind.ARTICLE_UPDATED;
  await appendChanges(tx, [{ kind, subjectId: id, articleId: id }]);
  return written;
}

export async function createArticle(db: Database, input: NewArticle): Promise<ArticleNode> {
  const id = input.id ?? `article/${slugify(input.title)}-${input.publishedOn}`;
  if (!id.startsWith("article/")) throw new InputError("id", "an article id must start with article/");
  admitArticleText(input.text);
  return createdOnce(
    "id",
    id,
    db.write((tx) => writeArticle(tx, id, input, input.text, true)),
  );
}

/** Changes metadata only: the text is fixed once written, since every excerpt's offsets point into it. */
export function updateArticle(
  db: Database,
  id: string,
  changes: Partial<ArticleFields>,
  expectedVersion?: number | null,
): Promise<ArticleNode> {
  return db.write(async (tx) => {
    const locked = await lockForUpdate(tx, Label.Article, id, expectedVersion);
    const current = toArticle(locked);
    const [publisher] = await tx.run<{ id: string }>(cypher("store/article-publisher"), { id });
    const fields: ArticleFields = {
      title: changes.title ?? current.title,
      publisher: changes.publisher ?? publisher?.id ?? null,
      publishedOn: changes.publishedOn ?? current.publishedOn ?? "",
      url: changes.url !== undefined ? changes.url : current.url,
    };
    // An ingested article stays one: re-ingesting its text after the extractor changed still replaces
    // its extractions.
    const origin = (locked.properties.origin as Origin | undefined) ?? Origin.CURATED;
    const extractorVersion = (locked.properties.extractorVersion as string | undefined) ?? null;
    return writeArticle(tx, id, fields, current.text, false, { origin, extractorVersion });
  });
}

/** Deletes the article, its statements and every relationship whose evidence lies in it. */
export async function deleteArticle(db: Database, id: string): Promise<boolean> {
  return db.write(async (tx) => {
    const [row] = await withEmptyUtterancesDropped(tx, { articleId: id }, () =>
      tx.run<{ statements: number }>(cypher("store/delete-article"), { id }),
    );
    if (!row) throw new NotFoundError("id", id);
    await appendChanges(tx, [{ kind: ChangeKind.ARTICLE_DELETED, subjectId: id, articleId: id }]);
    return true;
  });
}
