// Runs an extractor over PolNeAR articles and scores its statements against the annotated attributions
// (evaluate-attributions.ts), per article and in total; formats the tables and the results JSON. The JSON
// holds counts, rates and article names only — never the corpus's text.
import {
  addCounts,
  emptyCounts,
  rates,
  ROWS,
  scoreAttributions,
  DIRECT_SHARE,
  MATCH_COVERAGE,
  type ArticleScore,
  type Counts,
  type Row,
  type RowCounts,
  type TextSpan,
} from "./evaluate-attributions";
import { predictionsFromExtraction } from "./attribution-predictions";
import type { PolnearArticle } from "./polnear";
import type { ArticleInput, Extraction } from "./types";

export type ExtractArticle = (text: string, meta: ArticleInput) => Extraction | Promise<Extraction>;

export interface PolnearArticleResult {
  article: string;
  annotator: string;
  /** Why the extractor failed on the article (its gold attributions then all count as missed), or null. */
  failure: string | null;
  score: ArticleScore;
}

export interface PolnearEvaluation {
  results: PolnearArticleResult[];
  totals: RowCounts;
}

/** The article's metadata as the extractor is given it: the headline line as title, the publication date. */
export function articleInput(article: PolnearArticle): ArticleInput {
  return { title: article.text.split("\n")[0].trim(), publishedOn: article.publishedOn };
}

function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim().slice(0, 300);
}

export async function evaluatePolnear(
  articles: readonly PolnearArticle[],
  extract: ExtractArticle,
  onArticle: (done: number, total: number) => void = () => undefined,
): Promise<PolnearEvaluation> {
  const results: PolnearArticleResult[] = [];
  const totals = emptyCounts();
  for (const article of articles) {
    let failure: string | null = null;
    let extraction: Extraction | null = null;
    try {
      extraction = await extract(article.text, articleInput(article));
    } catch (error) {
      failure = failureText(error);
    }
    const predicted = extraction === null ? [] : predictionsFromExtraction(article.text, extraction);
    const score = scoreAttributions({ text: article.text, gold: article.attributions, predicted });
    addCounts(totals, score.counts);
    results.push({ article: article.name, annotator: article.annotator, failure, score });
    onArticle(results.length, articles.length);
  }
  return { results, totals };
}

// ------------------------------------------------------------------------------------------------ reporting

const ROW_LABELS: Record<Row, string> = {
  all: "all attributions",
  direct: "direct",
  partly: "partly quoted",
  reported: "reported",
};

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}`.padStart(6);
}

/** The P/R/F1 table (half covered and exact span), speaker accuracy and error counts, one line per row. */
export function attributionTable(totals: RowCounts): string {
  const lines = [
    `${"".padEnd(17)} ${"covers ≥ half".padEnd(20)}  ${"exact span".padEnd(20)}  ${"named speaker".padEnd(15)}  ` +
      `${"gold".padStart(6)} ${"pred".padStart(6)} ${"missed".padStart(6)} ${"spur.".padStart(6)}`,
    `${"".padEnd(17)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}  ` +
      `${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}  ${"right".padStart(6)} ${"of".padStart(8)}`,
  ];
  for (const row of ROWS) {
    const counts = totals[row];
    const rate = rates(counts);
    lines.push(
      `${ROW_LABELS[row].padEnd(17)} ${percent(rate.precision)} ${percent(rate.recall)} ${percent(rate.f1)}  ` +
        `${percent(rate.exactPrecision)} ${percent(rate.exactRecall)} ${percent(rate.exactF1)}  ` +
        `${percent(rate.speakerAccuracy)} ${`${counts.speakerRight}/${counts.namedSources}`.padStart(8)}  ` +
        `${String(counts.gold).padStart(6)} ${String(counts.predicted).padStart(6)} ` +
        `${String(counts.gold - counts.matched).padStart(6)} ${String(counts.predicted - counts.matched).padStart(6)}`,
    );
  }
  return lines.join("\n");
}

function spansText(spans: readonly TextSpan[]): string {
  return spans.map((span) => `${span.start}-${span.end}`).join(";") || "-";
}

function opening(text: string, spans: readonly TextSpan[]): string {
  const words = spans
    .map((span) => text.slice(span.start, span.end))
    .join(" … ")
    .replace(/\s+/g, " ");
  return words.length > 70 ? `${words.slice(0, 70)}…` : words;
}

/** The README's table: P/R/F1 at half covered and at exact span, and speaker accuracy, one row per category. */
export function attributionMarkdown(totals: RowCounts): string {
  const fixed = (value: number) => (value * 100).toFixed(1);
  const lines = [
    "| | covers ≥ half P / R / F1 | exact span P / R / F1 | speaker right, named sources |",
    "| --- | --- | --- | --- |",
  ];
  for (const row of ROWS) {
    const counts = totals[row];
    const rate = rates(counts);
    lines.push(
      `| ${ROW_LABELS[row]} | ${fixed(rate.precision)} / ${fixed(rate.recall)} / ${fixed(rate.f1)} | ` +
        `${fixed(rate.exactPrecision)} / ${fixed(rate.exactRecall)} / ${fixed(rate.exactF1)} | ` +
        `${fixed(rate.speakerAccuracy)}% (${counts.speakerRight}/${counts.namedSources}) |`,
    );
  }
  return lines.join("\n");
}

/** A markdown table as its cells, so that two tables compare equal however their columns are padded. */
export function markdownCells(table: string): string[][] {
  return table
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("|") && !/^\|[\s:|-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );
}

/** Misses, spurious predictions and speaker errors of one article: offsets, category and the first words. */
export function articleErrors(article: PolnearArticle, result: PolnearArticleResult): string[] {
  const { text } = article;
  const lines: string[] = [];
  if (result.failure !== null) lines.push(`  FAILED   ${result.failure}`);
  for (const miss of result.score.missed) {
    const nearest =
      miss.nearest === null
        ? ""
        : `  [nearest prediction covers ${Math.round(miss.nearest.coverage * 100)}%` +
          `${miss.nearest.pairedWith === null ? "" : `, paired with ${miss.nearest.pairedWith}`}]`;
    lines.push(
      `  missed   ${miss.id.padEnd(5)} ${miss.category.padEnd(8)} content ${spansText(miss.content)} ` +
        `source ${spansText(miss.source)}  ${opening(text, miss.content)}${nearest}`,
    );
  }
  for (const extra of result.score.spurious) {
    lines.push(
      `  spurious ${extra.category.padEnd(14)} content ${spansText(extra.content)} ` +
        `speaker ${extra.speaker ?? "-"}  ${opening(text, extra.content)}`,
    );
  }
  for (const pair of result.score.pairs.filter((candidate) => candidate.speakerRight === false)) {
    const source = article.attributions.find((attribution) => attribution.id === pair.gold)?.source ?? [];
    lines.push(
      `  speaker  ${pair.gold.padEnd(5)} ${pair.category.padEnd(8)} source ${spansText(source)} ` +
        `(${pair.sourceName}) ≠ ${pair.predictedSpeaker ?? "-"}`,
    );
  }
  return lines;
}

/** The order of the numbers in each row of a per-article line. */
const COUNT_COLUMNS: readonly (keyof Counts)[] = [
  "gold",
  "predicted",
  "matched",
  "exact",
  "namedSources",
  "speakerRight",
];

function countsLine(counts: Counts): string {
  return JSON.stringify(COUNT_COLUMNS.map((column) => counts[column]));
}

/**
 * The results JSON: definitions, totals (counts and rates per row) and one line per article with its counts
 * per row, in the order of `perArticleColumns`.
 * Offsets and texts stay out: the file is committed, the corpus's text never is.
 */
export function polnearResultsJson(
  evaluation: PolnearEvaluation,
  header: { split: string; corpusDir: string; extractorVersion: string },
): string {
  const failures = evaluation.results.filter((result) => result.failure !== null);
  const head = {
    corpus: "polnear",
    ...header,
    definitions: {
      source: "src/ingest/evaluate-attributions.ts",
      matchCoverage: MATCH_COVERAGE,
      directShare: DIRECT_SHARE,
      annotator: "the first annotator id in sort order when an article has several",
    },
    articles: evaluation.results.length,
    failures: failures.map((result) => ({ article: result.article, reason: result.failure })),
    perArticleColumns: COUNT_COLUMNS,
    totals: Object.fromEntries(
      ROWS.map((row) => [row, { ...evaluation.totals[row], ...rates(evaluation.totals[row]) }]),
    ),
  };
  const perArticle = evaluation.results.map((result) => {
    const rows = ROWS.map((row) => `"${row}":${countsLine(result.score.counts[row])}`).join(",");
    const failure = result.failure === null ? "" : `,"failure":${JSON.stringify(result.failure)}`;
    return `    {"article":${JSON.stringify(result.article)},"annotator":"${result.annotator}"${failure},${rows}}`;
  });
  const headJson = JSON.stringify(head, null, 2);
  return `${headJson.slice(0, -2)},\n  "perArticle": [\n${perArticle.join(",\n")}\n  ]\n}\n`;
}
