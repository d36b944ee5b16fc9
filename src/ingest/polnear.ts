// Reads a split of the PolNeAR corpus (Newell et al., LREC 2018) as laid out in ../shared/corpora/polnear:
// data/<split>/text/<article>.txt, data/<split>/attributions/<article>_<annotator>.ann (brat standoff) and
// data/metadata.tsv. One annotation set per article: when several annotators annotated an article (a few
// articles used to measure agreement), the one whose annotator id sorts first is taken.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseBrat, type BratDocument, type BratSpan } from "./brat";
import type { GoldAttribution } from "./evaluate-attributions";

export const POLNEAR_SPLITS = ["train", "dev"] as const;
export type PolnearSplit = (typeof POLNEAR_SPLITS)[number];

/** The event types that tie a source (or none), a cue and a content into one attribution. */
const ATTRIBUTION_EVENTS = new Set(["Attribution", "Attribution-no-source"]);

export interface PolnearMetadata {
  publisher: string;
  publishedOn: string;
  title: string;
  annotators: string[];
}

export interface PolnearArticle {
  name: string;
  split: PolnearSplit;
  /** The annotator whose annotations are read, and every annotator the article has files for. */
  annotator: string;
  annotators: string[];
  publisher: string | null;
  /** YYYY-MM-DD, from metadata.tsv or else the file name. */
  publishedOn: string;
  text: string;
  attributions: GoldAttribution[];
  /** Attribution events left out because they have no content span. */
  withoutContent: number;
}

export interface ReadOptions {
  /** Only this article (its name: the text file's name without .txt). */
  article?: string;
  /** Only the first N articles, in name order. */
  limit?: number;
}

function splitDir(corpusDir: string, split: PolnearSplit): string {
  return path.join(corpusDir, "data", split);
}

/** metadata.tsv: one row per article, keyed by its file name (without extension). */
export function readPolnearMetadata(corpusDir: string): Map<string, PolnearMetadata> {
  const file = path.join(corpusDir, "data", "metadata.tsv");
  const result = new Map<string, PolnearMetadata>();
  if (!existsSync(file)) return result;
  const [header, ...rows] = readFileSync(file, "utf8").split(/\r?\n/);
  const columns = header.split("\t");
  const column = (name: string) => columns.indexOf(name);
  for (const row of rows.filter((line) => line.trim() !== "")) {
    const cells = row.split("\t");
    result.set(cells[column("filename")], {
      publisher: cells[column("publisher")],
      publishedOn: cells[column("publication_date")],
      title: cells[column("title")],
      annotators: (cells[column("annotators")] ?? "").split("|").filter((id) => id !== ""),
    });
  }
  return result;
}

/** Maps brat's code-point offsets to JavaScript string (UTF-16) offsets; the identity when no character needs two. */
function utf16Offsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const table: number[] = [];
  let unit = 0;
  for (const char of text) {
    table.push(unit);
    unit += char.length;
  }
  table.push(unit);
  return (offset) => table[offset] ?? unit;
}

/** The attributions of a brat document: each Attribution event's Source*, Cue* and Content* arguments. */
export function attributionsFromBrat(
  document: BratDocument,
  text: string,
): { attributions: GoldAttribution[]; withoutContent: number } {
  const toUtf16 = utf16Offsets(text);
  const spansOf = (ids: string[]): BratSpan[] =>
    ids.flatMap((id) =>
      (document.textBounds.get(id)?.spans ?? []).map((span) => ({
        start: toUtf16(span.start),
        end: toUtf16(span.end),
      })),
    );
  const attributions: GoldAttribution[] = [];
  let withoutContent = 0;
  for (const event of document.events.filter((candidate) => ATTRIBUTION_EVENTS.has(candidate.type))) {
    const withRole = (role: string) =>
      event.arguments
        .filter((argument) => argument.role.replace(/\d+$/, "") === role)
        .map((argument) => argument.target);
    const content = spansOf(withRole("Content"));
    if (content.length === 0) {
      withoutContent++;
      continue;
    }
    attributions.push({
      id: event.id,
      source: spansOf(withRole("Source")),
      cue: spansOf(withRole("Cue")),
      content,
    });
  }
  return { attributions, withoutContent };
}

/** Article names of a split (text files), in name order. */
export function polnearArticleNames(corpusDir: string, split: PolnearSplit): string[] {
  const textDir = path.join(splitDir(corpusDir, split), "text");
  if (!existsSync(textDir)) throw new Error(`${textDir}: no such folder (is the PolNeAR corpus there?)`);
  return readdirSync(textDir)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => name.slice(0, -".txt".length))
    .sort();
}

/** The annotators with an .ann file for the article, sorted. */
function annotatorsOf(name: string, files: readonly string[]): string[] {
  const prefix = `${name}_`;
  return files
    .filter((file) => file.startsWith(prefix) && file.endsWith(".ann"))
    .map((file) => file.slice(prefix.length, -".ann".length))
    .filter((annotator) => /^[0-9a-z]+$/.test(annotator))
    .sort();
}

export function readPolnearSplit(
  corpusDir: string,
  split: PolnearSplit,
  options: ReadOptions = {},
): PolnearArticle[] {
  const dir = splitDir(corpusDir, split);
  const attributionsDir = path.join(dir, "attributions");
  const annFiles = readdirSync(attributionsDir);
  const metadata = readPolnearMetadata(corpusDir);
  let names = polnearArticleNames(corpusDir, split);
  if (options.article !== undefined) {
    names = names.filter((name) => name === options.article);
    if (names.length === 0) throw new Error(`no article ${options.article} in ${path.join(dir, "text")}`);
  }
  if (options.limit !== undefined) names = names.slice(0, options.limit);
  return names.map((name) => {
    const annotators = annotatorsOf(name, annFiles);
    const [annotator] = annotators;
    if (annotator === undefined) throw new Error(`${name}: no annotation file in ${attributionsDir}`);
    const text = readFileSync(path.join(dir, "text", `${name}.txt`), "utf8");
    const annFile = path.join(attributionsDir, `${name}_${annotator}.ann`);
    const document = parseBrat(readFileSync(annFile, "utf8"), annFile);
    const meta = metadata.get(name);
    const publishedOn = meta?.publishedOn ?? /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1];
    if (publishedOn === undefined)
      throw new Error(`${name}: no publication date in metadata.tsv or the name`);
    return {
      name,
      split,
      annotator,
      annotators,
      publisher: meta?.publisher ?? null,
      publishedOn,
      text,
      ...attributionsFromBrat(document, text),
    };
  });
}
