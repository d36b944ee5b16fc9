// npm run ingest: extract who said what (and entities, strikes, places) from articles into the graph.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseCli, runMain } from "../src/cli";
import { loadConfig } from "../src/config";
import { createDriver, Database } from "../src/db/database";
import { applySchema } from "../src/db/schema";
import { waitForNeo4j } from "../src/db/wait";
import { isPartialDate } from "../src/graph/dates";
import { createExtractor } from "../src/ingest/extractor";
import { metadataKey, readMetadataTable, type ArticleMetadata } from "../src/ingest/metadata-table";
import { blankStrayControls } from "../src/ingest/text-admission";
import { ingestArticle, type IngestOutcome } from "../src/store/ingestion";
import { localServerOptions, startLocalServer } from "../src/neo4j/local-server";
import { ensureNlpServer } from "../src/nlp/local-server";
import { progressBar } from "../src/progress";

interface ArticleResult {
  file: string;
  outcome?: IngestOutcome;
  error?: string;
  /** Offsets of stray control characters read as spaces. */
  blanked?: number[];
}

const HELP = `
Usage: npm run ingest -- <file or folder> [--title T] [--published-on YYYY-MM-DD] [--publisher P]
                         [--metadata FILE.tsv] [--annotation-cache DIR] [--dry-run]

Reads plain-text articles (a file, or every .txt file in a folder), extracts who said what, the
people, organizations, places and facilities, the strikes and the place hierarchy, links them to the
entities the graph already knows, and stores them as extractions (origin "extracted", a confidence,
the extractor's version; those under 0.6 wait in the review queue). The article id derives from the
text: ingesting the same text twice changes nothing, and curated facts are never overwritten.

Options:
  --title T              the article's title (default: its first line)
  --published-on DATE    publication date, YYYY-MM-DD; relative dates are read against it (default: today)
  --publisher P          the publisher's name, e.g. "The Kyiv Independent"
  --metadata FILE.tsv    publisher, date and title per article, for a folder from many outlets: a
                         tab-separated table with a header; a column "filename" (or "file") names the
                         article's file (".txt" optional), and "publisher", "publication_date" (or
                         "published_on"), "title" give its metadata. Articles it lacks, and its empty
                         cells, take the options above.
                         Articles are ingested oldest first (then by file name), so
                         linking weighs only what the graph knew before each one.
  --annotation-cache DIR keep the NLP server's answers in DIR (gzip, keyed by the text and the annotation
                         properties) and reuse them: re-ingesting a folder after an extractor upgrade then
                         costs no NLP time
  --dry-run              print what would be written, as JSON, and write nothing
  -h, --help

A stray control character (at most one in 100 characters: a byte of another encoding) is read as a
space, which keeps every offset, and reported; a file with more is refused as no text.

Prints a summary per article: statements, entities new/linked, strikes, the article id, and each record
that was corrected or left out with its reason. An article that fails does not stop the others: the
summary lists each failure and its reason, and the command exits non-zero only if one failed.

The NLP server: CORENLP_URL when set, else the local Stanford CoreNLP (scripts/corenlp.sh), started
here when it is not running and stopped again afterwards.
`;

const { values, positionals } = parseCli(HELP, {
  title: { type: "string" },
  "published-on": { type: "string" },
  publisher: { type: "string" },
  metadata: { type: "string" },
  "annotation-cache": { type: "string" },
  "dry-run": { type: "boolean" },
});

function articleFiles(target: string): string[] {
  const stats = statSync(target, { throwIfNoEntry: false });
  if (!stats) throw new Error(`${target}: no such file or folder`);
  if (stats.isFile()) return [target];
  return readdirSync(target)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => path.join(target, name));
}

runMain(async () => {
  if (positionals.length !== 1)
    throw new Error("give one file or folder to ingest (npm run ingest -- --help)");
  const found = articleFiles(positionals[0]);
  if (found.length === 0) throw new Error(`${positionals[0]}: no .txt files`);
  const publishedOn = values["published-on"] ?? new Date().toISOString().slice(0, 10);
  if (!isPartialDate(publishedOn) || publishedOn.length !== 10)
    throw new Error("--published-on must be YYYY-MM-DD");
  if (!values["published-on"] && !values.metadata)
    process.stderr.write(`no --published-on given: reading dates against today, ${publishedOn}\n`);
  if (values.title && found.length > 1)
    throw new Error("--title names one article: give a file, not a folder");
  const metadata = values.metadata
    ? readMetadataTable(readFileSync(values.metadata, "utf8"))
    : new Map<string, ArticleMetadata>();
  if (values.metadata) {
    const missing = found.filter((file) => !metadata.has(metadataKey(file))).length;
    if (missing > 0)
      process.stderr.write(`${missing} of ${found.length} articles are not in ${values.metadata}\n`);
  }
  // Oldest first, as the news arrived: linking weighs what the graph knew before each article.
  const dateOf = (file: string) => metadata.get(metadataKey(file))?.publishedOn ?? publishedOn;
  const files = [...found].sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.localeCompare(b));

  const config = loadConfig();
  if (config.neo4jUri === undefined) startLocalServer({ ...localServerOptions(config), stdio: "inherit" });
  const nlp = ensureNlpServer(config);
  const cacheDir = values["annotation-cache"];
  const extractor = createExtractor(nlp.url, 2, cacheDir ? { cacheDir: path.resolve(cacheDir) } : {});
  const db = new Database(createDriver(config), config.neo4jDatabase);
  const dryRun = values["dry-run"] === true;
  const results: ArticleResult[] = [];
  const started = Date.now();
  try {
    await waitForNeo4j(db);
    if (!dryRun) await applySchema(db);
    const bar = progressBar(dryRun ? "extract" : "ingest");
    bar.update(0, files.length);
    let next = 0;
    // Two articles at a time: one is annotated while the other's rules run or its records are written.
    const lane = async () => {
      for (let index = next++; index < files.length; index = next++) {
        const file = files[index];
        try {
          const { text, blanked } = blankStrayControls(readFileSync(file, "utf8"));
          const listed = metadata.get(metadataKey(file)) ?? {};
          const meta = {
            title: listed.title ?? values.title,
            publishedOn: listed.publishedOn ?? publishedOn,
            publisher: listed.publisher ?? values.publisher,
          };
          const outcome = await ingestArticle(db, extractor, text, meta, { dryRun });
          results[index] = { file, outcome, blanked };
        } catch (error) {
          results[index] = { file, error: error instanceof Error ? error.message : String(error) };
        }
        bar.update(results.filter(Boolean).length, files.length);
      }
    };
    await Promise.all([lane(), lane()]);
    bar.stop();
  } finally {
    await extractor.close();
    await db.driver.close();
    nlp.stop();
  }
  if (dryRun) {
    const extractions = results.flatMap((result) =>
      result.outcome?.extraction ? [result.outcome.extraction] : [],
    );
    process.stdout.write(`${JSON.stringify(extractions, null, 2)}\n`);
  } else {
    for (const { file, outcome, blanked = [] } of results) {
      if (outcome === undefined) continue;
      const { summary } = outcome;
      if (blanked.length > 0)
        process.stdout.write(
          `${file}: ${blanked.length} stray control character${blanked.length > 1 ? "s" : ""} read as ` +
            `space${blanked.length > 1 ? "s" : ""} (offset ${blanked.join(", ")})\n`,
        );
      if (summary.unchanged) {
        process.stdout.write(`${file} → ${summary.articleId}: stored already, unchanged\n`);
        continue;
      }
      const { problems } = summary;
      process.stdout.write(
        `${file} → ${summary.articleId}\n` +
          `  ${summary.statements} statements, ${summary.entitiesNew} new entities, ${summary.entitiesLinked} linked, ` +
          `${summary.strikes} strikes, ${summary.relationships} relationships; ${summary.needsReview} need review` +
          `${summary.rejectedBefore ? `, ${summary.rejectedBefore} left out (rejected before)` : ""}` +
          `${problems.length ? `, ${problems.length} records corrected or left out` : ""}\n`,
      );
      for (const problem of problems)
        process.stdout.write(
          `    ${problem.action}: ${problem.record}: ${problem.field}: ${problem.message}\n`,
        );
    }
  }
  const failed = results.filter((result) => result.error !== undefined);
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(
    `${results.length - failed.length} of ${files.length} articles ${dryRun ? "extracted" : "ingested"} in ` +
      `${seconds.toFixed(1)} s (${((results.length - failed.length) / seconds).toFixed(2)} articles/s)` +
      `${failed.length ? `; ${failed.length} failed:` : ""}\n`,
  );
  for (const { file, error } of failed) process.stderr.write(`  ${file}: ${error}\n`);
  if (failed.length > 0) process.exitCode = 1;
});
