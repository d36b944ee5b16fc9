// A table of article metadata for ingesting a folder whose articles come from different publishers and days:
// tab-separated, a header row naming the columns. The file column names each article by its file name (with
// or without ".txt"); publisher, date and title columns are optional and their names follow the common
// spellings (a corpus's `metadata.tsv` reads as it is).
import { isPartialDate } from "../graph/dates";
import type { ArticleInput } from "./types";

export type ArticleMetadata = Partial<ArticleInput>;

const COLUMNS = {
  file: ["filename", "file", "name"],
  publisher: ["publisher", "outlet", "source"],
  publishedOn: ["publication_date", "published_on", "publishedon", "date"],
  title: ["title", "headline"],
} as const;

/** The article's key in a metadata table: its file name without the folder and ".txt". */
export function metadataKey(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.txt$/i, "");
}

/** Metadata by article key; throws naming the line and column of the first bad row. */
export function readMetadataTable(tsv: string): Map<string, ArticleMetadata> {
  const [header, ...rows] = tsv.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (header === undefined) throw new Error("the metadata table is empty");
  const names = header.split("\t").map((name) => name.trim().toLowerCase());
  const column = (spellings: readonly string[]) => names.findIndex((name) => spellings.includes(name));
  const file = column(COLUMNS.file);
  if (file < 0) throw new Error(`the metadata table has no file column (one of: ${COLUMNS.file.join(", ")})`);
  const publisher = column(COLUMNS.publisher);
  const publishedOn = column(COLUMNS.publishedOn);
  const title = column(COLUMNS.title);
  const table = new Map<string, ArticleMetadata>();
  rows.forEach((row, index) => {
    const cells = row.split("\t").map((cell) => cell.trim());
    const cell = (at: number) => (at >= 0 && cells[at] ? cells[at] : undefined);
    const date = cell(publishedOn);
    if (date !== undefined && !(isPartialDate(date) && date.length === 10))
      throw new Error(`metadata line ${index + 2}: ${names[publishedOn]} must be YYYY-MM-DD`);
    const key = cell(file);
    if (key === undefined) throw new Error(`metadata line ${index + 2}: no file name`);
    table.set(metadataKey(key), { publisher: cell(publisher), publishedOn: date, title: cell(title) });
  });
  return table;
}
