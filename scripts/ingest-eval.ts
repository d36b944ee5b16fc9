// Runs the rule-based extractor on raw articles against an empty graph and scores it: against curated gold,
// the seed article the rules were developed on (seed/) and a held-out corpus written apart from them
// (bench/ingest-corpus/), writing bench/results/ingest-eval.json; or (--corpus polnear) against PolNeAR's
// human-annotated attributions, writing bench/results/ingest-eval-polnear-<split>.json.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseCli, runMain } from "../src/cli";
import { loadConfig } from "../src/config";
import { inProcessExtractor, type Extractor } from "../src/ingest/extractor";
import {
  evaluateExtraction,
  type Evaluation,
  type GoldArticle,
  type GoldEntity,
  type Score,
  type SpeakerAccuracy,
} from "../src/ingest/evaluate";
import {
  articleErrors,
  attributionMarkdown,
  attributionTable,
  evaluatePolnear,
  polnearResultsJson,
} from "../src/ingest/evaluate-polnear";
import { EXTRACTOR_VERSION, REVIEW_THRESHOLD } from "../src/ingest/marks";
import { POLNEAR_SPLITS, readPolnearSplit, type PolnearSplit } from "../src/ingest/polnear";
import { CoreNlpClient } from "../src/nlp/corenlp-client";
import { ensureNlpServer } from "../src/nlp/local-server";
import { PROJECT_ROOT, SEED_DIR } from "../src/paths";
import { progressBar } from "../src/progress";

const HELD_OUT_DIR = path.join("bench", "ingest-corpus");

const POLNEAR_DIR = path.join("..", "shared", "corpora", "polnear");

const HELP = `Usage: node dist/scripts/ingest-eval.js [--corpus seed|polnear] [options]

Runs the rule-based extractor (src/ingest) on each article's raw text with no known entities and scores it.

--corpus seed (the default): scores against the curated gold records (see the definitions at the top of
src/ingest/evaluate.ts), prints a table per article and a total per set, and writes the scores as JSON.
Two sets are scored separately:
  seed      seed/ — the article the rules were developed on
  heldOut   ${HELD_OUT_DIR}/ — articles the rules were not written against (same layout as seed/)

--corpus polnear: scores the statements against PolNeAR's human-annotated attributions (news from seven US
outlets, 2016; one annotator per article: the first id in sort order when there are several). P/R/F1 for
all attributions, direct, partly quoted and reported ones (by the share of the content inside quotation
marks: direct ≥ 90%, reported none), at half the gold content covered (one to one) and at exact span;
speaker accuracy on named sources; missed and spurious counts per category. The definitions are at the top
of src/ingest/evaluate-attributions.ts. An article the extractor fails on counts as a failure: its gold
attributions are all missed. Develop on train; report dev.

The NLP server: CORENLP_URL when set, else the local Stanford CoreNLP (scripts/corenlp.sh), started here
when it is not running. Its annotations are cached in .corenlp/cache (git-ignored, keyed by the text and the
annotators), so scoring the same corpus again only re-runs the rules.

  --article <name>     only this article: a seed/held-out slug, or a PolNeAR article name (its .txt without
                       the extension); default: every article
  --held-out <dir>     the held-out corpus (default: ${HELD_OUT_DIR})
  --split dev|train    the PolNeAR split (default: dev)
  --limit <n>          only the first n PolNeAR articles, in name order
  --corpus-dir <dir>   where PolNeAR is (default: ${POLNEAR_DIR}, relative to the project)
  --out <file>         where to write the JSON (default: bench/results/ingest-eval.json, or
                       bench/results/ingest-eval-polnear-<split>.json)
  --verbose            also list what was missed and spurious (seed: quotations, statements and speaker
                       errors; PolNeAR: offsets, category and the first words, plus speaker errors)
  --markdown           also print the README's table of these figures (a test checks README against it)
  --help               print this help
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

function pr(score: Score): string {
  return `${(score.precision * 100).toFixed(1)} / ${(score.recall * 100).toFixed(1)}%`;
}

/** The README's table of the seed and held-out scores. */
function curatedMarkdown(seed: SetTotal, heldOut: SetTotal): string {
  const accuracy = (speakers: SetTotal["speakers"]) =>
    `${((speakers.correct / Math.max(1, speakers.total)) * 100).toFixed(1)}% (${speakers.correct}/${speakers.total})`;
  const allEntities = (total: SetTotal) => sumScores(Object.values(total.entities));
  const recall = (total: SetTotal) =>
    `${(total.struck.recall * 100).toFixed(1)} / ${(total.locatedIn.recall * 100).toFixed(1)}%`;
  const rows: [string, (total: SetTotal) => string][] = [
    ["quotations (≥ 30% of the gold quotation covered)", (total) => pr(total.quotations.coverage)],
    ["quotations (exact span)", (total) => pr(total.quotations.exact)],
    ["speaker accuracy on matched quotations", (total) => accuracy(total.speakers)],
    ["all statements (any kind)", (total) => pr(total.statements.score)],
    ["entities (all types)", (total) => pr(allEntities(total))],
    ["STRUCK / LOCATED_IN recall", recall],
  ];
  return [
    "| | seed article P / R | held-out corpus P / R |",
    "| --- | --- | --- |",
    ...rows.map(([label, value]) => `| ${label} | ${value(seed)} | ${value(heldOut)} |`),
  ].join("\n");
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

async function evaluateCurated(
  extractor: Extractor,
  values: {
    article?: string;
    "held-out": string;
    out?: string;
    verbose: boolean;
    markdown: boolean;
  },
): Promise<void> {
  const heldOutDir = path.resolve(PROJECT_ROOT, values["held-out"]);
  const seedFiles = articleFiles(SEED_DIR, values.article);
  const heldOutFiles = articleFiles(heldOutDir, values.article);
  if (seedFiles.length === 0 && heldOutFiles.length === 0)
    throw new Error(`no article matches ${values.article ?? "*"} in ${SEED_DIR} or ${heldOutDir}`);

  console.log(`Extractor ${EXTRACTOR_VERSION}, empty graph (no known entities)`);
  const seed = await evaluateSet(extractor, "Seed (development)", SEED_DIR, seedFiles, values.verbose);
  const heldOut = await evaluateSet(extractor, "Held-out corpus", heldOutDir, heldOutFiles, values.verbose);

  const out = path.resolve(PROJECT_ROOT, values.out ?? path.join("bench", "results", "ingest-eval.json"));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ extractorVersion: EXTRACTOR_VERSION, reviewThreshold: REVIEW_THRESHOLD, seed, heldOut }, null, 2)}\n`,
  );
  console.log(`\nWrote ${path.relative(PROJECT_ROOT, out)}`);
  if (values.markdown && seed.total !== null && heldOut.total !== null)
    console.log(`\nREADME table:\n${curatedMarkdown(seed.total, heldOut.total)}`);
}

async function evaluatePolnearSplit(
  extractor: Extractor,
  values: {
    article?: string;
    split: string;
    limit?: string;
    "corpus-dir": string;
    out?: string;
    verbose: boolean;
    markdown: boolean;
  },
): Promise<void> {
  const split = values.split as PolnearSplit;
  if (!POLNEAR_SPLITS.includes(split)) throw new Error(`--split must be one of ${POLNEAR_SPLITS.join(", ")}`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new Error("--limit must be a positive whole number");
  const corpusDir = path.resolve(PROJECT_ROOT, values["corpus-dir"]);
  console.log(`Reading PolNeAR ${split} from ${corpusDir}`);
  const articles = readPolnearSplit(corpusDir, split, { article: values.article, limit });
  const gold = articles.reduce((sum, article) => sum + article.attributions.length, 0);
  const twice = articles.filter((article) => article.annotators.length > 1).length;
  console.log(
    `${articles.length} articles, ${gold} annotated attributions` +
      (twice > 0 ? ` (${twice} articles annotated by several people: the first annotator id is read)` : ""),
  );
  console.log(`Extractor ${EXTRACTOR_VERSION}, empty graph (no known entities)`);

  const bar = progressBar("extract and score");
  const evaluation = await evaluatePolnear(
    articles,
    (text, meta) => extractor.extract({ text, meta, known: [] }),
    (done, total) => bar.update(done, total),
  );
  bar.stop();

  if (values.verbose) {
    evaluation.results.forEach((result, index) => {
      const lines = articleErrors(articles[index], result);
      if (lines.length > 0)
        console.log(`\n${result.article} (annotator ${result.annotator})\n${lines.join("\n")}`);
    });
  }
  const failures = evaluation.results.filter((result) => result.failure !== null);
  console.log(`\nPolNeAR ${split}: ${articles.length} articles, ${failures.length} failed`);
  for (const failure of failures) console.log(`  failed ${failure.article}: ${failure.failure}`);
  console.log(`\n${attributionTable(evaluation.totals)}`);
  if (values.markdown) console.log(`\nREADME table:\n${attributionMarkdown(evaluation.totals)}`);

  const out = path.resolve(
    PROJECT_ROOT,
    values.out ?? path.join("bench", "results", `ingest-eval-polnear-${split}.json`),
  );
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    polnearResultsJson(evaluation, {
      split,
      corpusDir: path.relative(PROJECT_ROOT, corpusDir),
      extractorVersion: EXTRACTOR_VERSION,
    }),
  );
  console.log(`\nWrote ${path.relative(PROJECT_ROOT, out)}`);
}

const { values } = parseCli(HELP, {
  corpus: { type: "string", default: "seed" },
  article: { type: "string" },
  "held-out": { type: "string", default: HELD_OUT_DIR },
  split: { type: "string", default: "dev" },
  limit: { type: "string" },
  "corpus-dir": { type: "string", default: POLNEAR_DIR },
  out: { type: "string" },
  verbose: { type: "boolean", default: false },
  markdown: { type: "boolean", default: false },
});

runMain(async () => {
  if (values.corpus !== "seed" && values.corpus !== "polnear")
    throw new Error(`--corpus must be seed or polnear, not ${values.corpus}`);
  const nlp = ensureNlpServer(loadConfig());
  // Annotations are kept in .corenlp/cache (git-ignored), keyed by text and annotators: a second run of
  // the rules over the same corpus does not ask the NLP server again.
  const extractor = inProcessExtractor(
    new CoreNlpClient(nlp.url, { cacheDir: path.join(PROJECT_ROOT, ".corenlp", "cache") }),
  );
  try {
    if (values.corpus === "seed") await evaluateCurated(extractor, values);
    else await evaluatePolnearSplit(extractor, values);
  } finally {
    nlp.stop();
  }
});
