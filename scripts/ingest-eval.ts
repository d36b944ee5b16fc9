// Runs the rule-based extractor on the raw seed articles against an empty graph and scores it against the
// curated gold (seed/entities.json, seed/articles/*.json). Prints a table; writes bench/results/ingest-eval.json.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { extractArticle } from "../src/ingest/extract";
import {
  evaluateExtraction,
  type Evaluation,
  type GoldArticle,
  type GoldEntity,
  type Score,
} from "../src/ingest/evaluate";
import { EXTRACTOR_VERSION, REVIEW_THRESHOLD } from "../src/ingest/marks";
import { PROJECT_ROOT, SEED_DIR } from "../src/paths";

const HELP = `Usage: node dist/scripts/ingest-eval.js [--article <slug>] [--out <file>] [--verbose]

Runs the rule-based extractor (src/ingest) on each seed article's raw text with no known entities,
scores it against the curated gold records (see the definitions at the top of src/ingest/evaluate.ts),
prints a table and writes the scores as JSON.

  --article <slug>  only this article (seed/articles/<slug>.json); default: every article
  --out <file>      where to write the JSON (default: bench/results/ingest-eval.json)
  --verbose         also list missed and spurious quotations and speaker errors
  --help            print this help
`;

interface GoldArticleFile extends GoldArticle {
  article: { id: string; title: string; publisher: string; publishedOn: string; textFile: string };
}

interface ArticleResult {
  article: string;
  counts: { entities: number; statements: number; relationships: number; needsReview: number };
  evaluation: Evaluation;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`.padStart(7);
}

function row(label: string, score: Score): string {
  const counts = `${score.truePositives}/${score.expected} found, ${score.predicted} extracted`;
  return `${label.padEnd(26)} ${percent(score.precision)} ${percent(score.recall)} ${percent(score.f1)}   ${counts}`;
}

function printEvaluation(result: ArticleResult, verbose: boolean): void {
  const { evaluation } = result;
  console.log(`\n${result.article}`);
  console.log(
    `  ${result.counts.entities} entities, ${result.counts.statements} statements, ` +
      `${result.counts.relationships} relationships, ${result.counts.needsReview} below ${REVIEW_THRESHOLD} (needsReview)`,
  );
  console.log(`${"".padEnd(26)} ${"P".padStart(7)} ${"R".padStart(7)} ${"F1".padStart(7)}`);
  console.log(row("quotations (30% cover)", evaluation.quotations.coverage));
  console.log(row("quotations (exact span)", evaluation.quotations.exact));
  const speakers = evaluation.speakers;
  console.log(
    `${"speaker accuracy".padEnd(26)} ${percent(speakers.accuracy)}   ${speakers.correct}/${speakers.total}`,
  );
  for (const [type, score] of Object.entries(evaluation.entities))
    console.log(row(`entities: ${type}`, score));
  console.log(row("STRUCK", evaluation.struck));
  console.log(row("LOCATED_IN", evaluation.locatedIn));
  if (!verbose) return;
  for (const miss of evaluation.quotations.missed) console.log(`  missed   ${miss.id}: ${miss.words}`);
  for (const extra of evaluation.quotations.spurious)
    console.log(`  spurious ${extra.speaker}: ${extra.words}`);
  for (const miss of speakers.misses) {
    console.log(
      `  speaker  ${miss.gold}: ${miss.extractedSpeaker} → ${miss.mappedTo ?? "(unmapped)"}, gold ${miss.goldSpeaker}`,
    );
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      article: { type: "string" },
      out: { type: "string", default: path.join("bench", "results", "ingest-eval.json") },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const goldEntities = readJson<{ entities: GoldEntity[] }>(path.join(SEED_DIR, "entities.json")).entities;
  const articlesDir = path.join(SEED_DIR, "articles");
  const files = readdirSync(articlesDir)
    .filter((name) => name.endsWith(".json"))
    .filter((name) => values.article === undefined || name === `${values.article}.json`)
    .sort();
  if (files.length === 0)
    throw new Error(`no seed article matches ${values.article ?? "*"} in ${articlesDir}`);

  console.log(`Extractor ${EXTRACTOR_VERSION}, empty graph (no known entities)`);
  const results: ArticleResult[] = [];
  for (const file of files) {
    const gold = readJson<GoldArticleFile>(path.join(articlesDir, file));
    const text = readFileSync(path.join(articlesDir, gold.article.textFile), "utf8");
    const publisher = goldEntities.find((entity) => entity.id === gold.article.publisher)?.name;
    const extraction = extractArticle(text, {
      title: gold.article.title,
      publishedOn: gold.article.publishedOn,
      publisher,
    });
    const records = [...extraction.entities, ...extraction.statements, ...extraction.relationships];
    const result: ArticleResult = {
      article: gold.article.id,
      counts: {
        entities: extraction.entities.length,
        statements: extraction.statements.length,
        relationships: extraction.relationships.length,
        needsReview: records.filter((record) => record.needsReview === true).length,
      },
      evaluation: evaluateExtraction({ text, extraction, goldEntities, gold }),
    };
    results.push(result);
    printEvaluation(result, values.verbose);
  }

  const out = path.resolve(PROJECT_ROOT, values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ extractorVersion: EXTRACTOR_VERSION, reviewThreshold: REVIEW_THRESHOLD, results }, null, 2)}\n`,
  );
  console.log(`\nWrote ${path.relative(PROJECT_ROOT, out)}`);
}

main();
