// npm run ingest: extract who said what (and entities, strikes, places) from articles into the graph.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseCli, runMain } from "../src/cli";
import { loadConfig } from "../src/config";
import { createDriver, Database } from "../src/db/database";
import { applySchema } from "../src/db/schema";
import { waitForNeo4j } from "../src/db/wait";
import { isPartialDate } from "../src/graph/dates";
import { MAX_ARTICLE_CHARACTERS, textRefusal } from "../src/ingest/text-admission";
import { ingestArticle, type IngestOutcome } from "../src/store/ingestion";
import { localServerOptions, startLocalServer } from "../src/neo4j/local-server";
import { progressBar } from "../src/progress";

const HELP = `
Usage: npm run ingest -- <file or folder> [--title T] [--published-on YYYY-MM-DD] [--publisher P] [--dry-run]

Reads plain-text articles (a file, or every .txt file in a folder), extracts who said what, the
people, organizations, places and facilities, the strikes and the place hierarchy, links them to the
entities the graph already knows, and stores them as extractions (origin "extracted", a confidence,
the extractor's version; those under 0.6 wait in the review queue). The article id derives from the
text: ingesting a text that is stored already changes nothing ("unchanged"); after the extractor
changed, its unreviewed extractions are replaced. Curated facts and reviewers' decisions stay.

A file is refused (and the others ingested) when its text is empty, holds control characters other
than newlines and tabs, is not mostly letters, or is over ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters.

Options:
  --title T              the article's title (default: its first line)
  --published-on DATE    publication date, YYYY-MM-DD; relative dates are read against it (default: today)
  --publisher P          the publisher's name, e.g. "The Kyiv Independent"
  --dry-run              print what would be written, as JSON, and write nothing
  -h, --help

Prints a summary per article: statements, entities new/linked, strikes, and the article id.
`;

const { values, positionals } = parseCli(HELP, {
  title: { type: "string" },
  "published-on": { type: "string" },
  publisher: { type: "string" },
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
  const files = articleFiles(positionals[0]);
  if (files.length === 0) throw new Error(`${positionals[0]}: no .txt files`);
  const publishedOn = values["published-on"] ?? new Date().toISOString().slice(0, 10);
  if (!isPartialDate(publishedOn) || publishedOn.length !== 10)
    throw new Error("--published-on must be YYYY-MM-DD");
  if (!values["published-on"])
    process.stderr.write(`no --published-on given: reading dates against today, ${publishedOn}\n`);
  if (values.title && files.length > 1)
    throw new Error("--title names one article: give a file, not a folder");

  const config = loadConfig();
  if (config.neo4jUri === undefined) startLocalServer({ ...localServerOptions(config), stdio: "inherit" });
  const db = new Database(createDriver(config), config.neo4jDatabase);
  const dryRun = values["dry-run"] === true;
  const outcomes: IngestOutcome[] = [];
  const ingested: string[] = [];
  const refused: string[] = [];
  try {
    await waitForNeo4j(db);
    if (!dryRun) await applySchema(db);
    const bar = progressBar(dryRun ? "extract" : "ingest");
    bar.update(0, files.length);
    for (const [index, file] of files.entries()) {
      const text = readFileSync(file, "utf8");
      const refusal = textRefusal(text);
      if (refusal) {
        refused.push(`${file}: refused, nothing written: its text ${refusal}`);
        bar.update(index + 1, files.length);
        continue;
      }
      ingested.push(file);
      outcomes.push(
        await ingestArticle(
          db,
          text,
          { title: values.title, publishedOn, publisher: values.publisher },
          { dryRun },
        ),
      );
      bar.update(index + 1, files.length);
    }
    bar.stop();
  } finally {
    await db.driver.close();
  }
  if (refused.length > 0) {
    process.stderr.write(`${refused.join("\n")}\n`);
    process.exitCode = 1;
  }
  if (dryRun) {
    process.stdout.write(
      `${JSON.stringify(
        outcomes.map((outcome) => outcome.extraction),
        null,
        2,
      )}\n`,
    );
    return;
  }
  for (const [index, { summary }] of outcomes.entries()) {
    if (summary.unchanged) {
      process.stdout.write(`${ingested[index]} → ${summary.articleId}: stored already, unchanged\n`);
      continue;
    }
    process.stdout.write(
      `${ingested[index]} → ${summary.articleId}\n` +
        `  ${summary.statements} statements, ${summary.entitiesNew} new entities, ${summary.entitiesLinked} linked, ` +
        `${summary.strikes} strikes, ${summary.relationships} relationships; ${summary.needsReview} need review` +
        `${summary.rejectedBefore ? `, ${summary.rejectedBefore} left out (rejected before)` : ""}\n`,
    );
  }
});
