// Runs the rule-based extractor on raw articles against an empty graph and scores it against curated gold:
// the seed article the rules were developed on (seed/) and a held-out corpus written apart from them
// (bench/ingest-corpus/). Prints a table per article and per set; writes bench/results/ingest-eval.json.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { inProcessExtractor, type Extractor } from "../src/ingest/extractor";
import {
  evaluateExtraction,
  type Evaluation,
  type GoldArticle,
  type GoldEntity,
  type Score,
  type SpeakerAccuracy,
} from "../src/ingest/evaluate";
import { EXTRACTOR_VERSION, REVIEW_THRESHOLD } from "../src/ingest/marks";
import { loadConfig } from "../src/config";
import { CoreNlpClient } from "../src/nlp/corenlp-client";
import { ensureNlpServer } from "../src/nlp/local-server";
import { PROJECT_ROOT, SEED_DIR } from "../src/paths";

const HELD_OUT_DIR = path.join("bench", "ingest-corpus");

const HELP = `Usage: node dist/scripts/ingest-eval.js [--article <slug>] [--held-out <dir>] [--out <file>] [--verbose]

Runs the rule-based extractor (src/ingest) on each article's raw text with no known entities, scores it
against the curated gold records (see the definitions at the top of src/ingest/evaluate.ts), prints a
table per article and a total per set, and writes the scores as JSON. Two sets are scored separately:
  seed      seed/ — the article the rules were developed on
  heldOut   ${HELD_OUT_DIR}/ — articles the rules were not written against (same layout as seed/)

  --article <slug>   only this article (<set>/articles/<slug>.json); default: every article
  --held-out <dir>   the held-out corpus (default: ${HELD_OUT_DIR})
  --out <file>       where to write the JSON (default: bench/results/ingest-eval.json)
  --verbose          also list missed and spurious quotations and statements, and speaker errors
  --help             print this help
`;

interface GoldArticleFile extends GoldArticle {
  article: { id: string; title: string; publisher: string; publishedOn: string; textFile: string };
}

interface Counts {
  entities: number;
  statements: number;
  relationships: number;
  needsReview: number;
}

interface ArticleResult {
  article: string;
  counts: Counts;
  evaluation: Evaluation;
}

/** Scores summed over a set's articles (micro-averaged). */
interface SetTotal {
  articles: number;
  counts: Counts;
  quotations: { coverage: Score; exact: Score };
  speakers: Omit<SpeakerAccuracy, "misses">;
  statements: { score: Score; speakers: Omit<SpeakerAccuracy, "misses"> };
  entities: Record<string, Score>;
  struck: Score;
  locatedIn: Score;
}

interface SetResult {
  directory: string;
  results: ArticleResult[];
  total: SetTotal | null;
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

function accuracyRow(label: string, speakers: Omit<SpeakerAccuracy, "misses">): string {
  return `${label.padEnd(26)} ${percent(speakers.accuracy)}   ${speakers.correct}/${speakers.total}`;
}

function printTable(title: string, counts: Counts, total: Omit<SetTotal, "articles" | "counts">): void {
  console.log(`\n${title}`);
  console.log(
    `  ${counts.entities} entities, ${counts.statements} statements, ` +
      `${counts.relationships} relationships, ${counts.needsReview} below ${REVIEW_THRESHOLD} (needsReview)`,
  );
  console.log(`${"".padEnd(26)} ${"P".padStart(7)} ${"R".padStart(7)} ${"F1".padStart(7)}`);
  console.log(row("quotations (30% cover)", total.quotations.coverage));
  console.log(row("quotations (exact span)", total.quotations.exact));
  console.log(accuracyRow("speaker accuracy", total.speakers));
  console.log(row("statements (all kinds)", total.statements.score));
  console.log(accuracyRow("statement speakers", total.statements.speakers));
  for (const [type, score] of Object.entries(total.entities)) console.log(row(`entities: ${type}`, score));
  console.log(row("STRUCK", total.struck));
  console.log(row("LOCATED_IN", total.locatedIn));
}

function printMisses(evaluation: Evaluation): void {
  for (const miss of evaluation.quotations.missed) console.log(`  missed   ${miss.id}: ${miss.words}`);
  for (const extra of evaluation.quotations.spurious)
    console.log(`  spurious ${extra.speaker}: ${extra.words}`);
  for (const miss of evaluation.speakers.misses) {
    console.log(
      `  speaker  ${miss.gold}: ${miss.extractedSpeaker} → ${miss.mappedTo ?? "(unmapped)"}, gold ${miss.goldSpeaker}`,
    );
  }
  for (const miss of evaluation.statements.missed)
    console.log(`  missed statement   ${miss.id}: ${miss.words}`);
  for (const extra of evaluation.statements.spurious)
    console.log(`  spurious statement ${extra.speaker}: ${extra.words}`);
  for (const miss of evaluation.statements.speakers.misses) {
    console.log(
      `  statement speaker  ${miss.gold}: ${miss.extractedSpeaker} → ${miss.mappedTo ?? "(unmapped)"}, gold ${miss.goldSpeaker}`,
    );
  }
}

function sumScores(scores: readonly Score[]): Score {
  const predicted = scores.reduce((sum, score) => sum + score.predicted, 0);
  const expected = scores.reduce((sum, score) => sum + score.expected, 0);
  const found = scores.reduce((sum, score) => sum + score.truePositives, 0);
  // Right predictions may differ from found gold records (two extractions can cover one gold record).
  const right = scores.reduce((sum, score) => sum + Math.round(score.precision * score.predicted), 0);
  const precision = predicted === 0 ? 0 : right / predicted;
  const recall = expected === 0 ? 0 : found / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: found, predicted, expected, precision, recall, f1 };
}

function sumAccuracy(values: readonly SpeakerAccuracy[]): Omit<SpeakerAccuracy, "misses"> {
  const correct = values.reduce((sum, value) => sum + value.correct, 0);
  const total = values.reduce((sum, value) => sum + value.total, 0);
  return { correct, total, accuracy: total === 0 ? 0 : correct / total };
}

function totalOf(results: readonly ArticleResult[]): SetTotal {
  const evaluations = results.map((result) => result.evaluation);
  const count = (key: keyof Counts) => results.reduce((sum, result) => sum + result.counts[key], 0);
  const entityTypes = Object.keys(evaluations[0]?.entities ?? {});
  return {
    articles: results.length,
    counts: {
      entities: count("entities"),
      statements: count("statements"),
      relationships: count("relationships"),
      needsReview: count("needsReview"),
    },
    quotations: {
      coverage: sumScores(evaluations.map((evaluation) => evaluation.quotations.coverage)),
      exact: sumScores(evaluations.map((evaluation) => evaluation.quotations.exact)),
    },
    speakers: sumAccuracy(evaluations.map((evaluation) => evaluation.speakers)),
    statements: {
      score: sumScores(evaluations.map((evaluation) => evaluation.statements.score)),
      speakers: sumAccuracy(evaluations.map((evaluation) => evaluation.statements.speakers)),
    },
    entities: Object.fromEntries(
      entityTypes.map((type) => [
        type,
        sumScores(evaluations.map((evaluation) => evaluation.entities[type])),
      ]),
    ),
    struck: sumScores(evaluations.map((evaluation) => evaluation.struck)),
    locatedIn: sumScores(evaluations.map((evaluation) => evaluation.locatedIn)),
  };
}

function articleFiles(directory: string, article: string | undefined): string[] {
  const articlesDir = path.join(directory, "articles");
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith(".json"))
    .filter((name) => article === undefined || name === `${article}.json`)
    .sort();
}

async function evaluateSet(
  extractor: Extractor,
  label: string,
  directory: string,
  files: readonly string[],
  verbose: boolean,
): Promise<SetResult> {
  const relative = path.relative(PROJECT_ROOT, directory);
  if (files.length === 0) return { directory: relative, results: [], total: null };
  const goldEntities = readJson<{ entities: GoldEntity[] }>(path.join(directory, "entities.json")).entities;
  const articlesDir = path.join(directory, "articles");
  console.log(`\n=== ${label} (${relative}/, ${files.length} articles)`);
  const results: ArticleResult[] = [];
  for (const file of files) {
    const gold = readJson<GoldArticleFile>(path.join(articlesDir, file));
    const text = readFileSync(path.join(articlesDir, gold.article.textFile), "utf8");
    const publisher = goldEntities.find((entity) => entity.id === gold.article.publisher)?.name;
    const meta = { title: gold.article.title, publishedOn: gold.article.publishedOn, publisher };
    const extraction = await extractor.extract({ text, meta, known: [] });
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
    printTable(result.article, result.counts, result.evaluation);
    if (verbose) printMisses(result.evaluation);
  }
  const total = totalOf(results);
  if (results.length > 1) printTable(`${label}: all ${results.length} articles`, total.counts, total);
  return { directory: relative, results, total };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      article: { type: "string" },
      "held-out": { type: "string", default: HELD_OUT_DIR },
      out: { type: "string", default: path.join("bench", "results", "ingest-eval.json") },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const heldOutDir = path.resolve(PROJECT_ROOT, values["held-out"]);
  const seedFiles = articleFiles(SEED_DIR, values.article);
  const heldOutFiles = articleFiles(heldOutDir, values.article);
  if (seedFiles.length === 0 && heldOutFiles.length === 0)
    throw new Error(`no article matches ${values.article ?? "*"} in ${SEED_DIR} or ${heldOutDir}`);

  console.log(`Extractor ${EXTRACTOR_VERSION}, empty graph (no known entities)`);
  const config = loadConfig();
  const nlp = ensureNlpServer(config);
  const extractor = inProcessExtractor(new CoreNlpClient(nlp.url));
  let seed: SetResult;
  let heldOut: SetResult;
  try {
    seed = await evaluateSet(extractor, "Seed (development)", SEED_DIR, seedFiles, values.verbose);
    heldOut = await evaluateSet(extractor, "Held-out corpus", heldOutDir, heldOutFiles, values.verbose);
  } finally {
    nlp.stop();
  }

  const out = path.resolve(PROJECT_ROOT, values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ extractorVersion: EXTRACTOR_VERSION, reviewThreshold: REVIEW_THRESHOLD, seed, heldOut }, null, 2)}\n`,
  );
  console.log(`\nWrote ${path.relative(PROJECT_ROOT, out)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
