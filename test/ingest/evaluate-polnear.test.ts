import { EntityType, StatementKind } from "../../src/graph/model";
import { evaluatePolnear, polnearResultsJson } from "../../src/ingest/evaluate-polnear";
import type { PolnearArticle } from "../../src/ingest/polnear";
import type { ArticleInput, Extraction } from "../../src/ingest/types";

const QUAY = "Quay Closes.\n\nThe council said the quay would close in June.\n";
const MILL = "Mill Sold.\n\nThe owner said the mill was sold.\n";

function span(text: string, fragment: string) {
  const start = text.indexOf(fragment);
  return { start, end: start + fragment.length };
}

function article(name: string, text: string, content: string, source: string): PolnearArticle {
  return {
    name,
    split: "dev",
    annotator: "a1f0",
    annotators: ["a1f0"],
    publisher: null,
    publishedOn: "2016-10-01",
    text,
    attributions: [{ id: "E1", content: [span(text, content)], source: [span(text, source)], cue: [] }],
    withoutContent: 0,
  };
}

const ARTICLES = [
  article("nyt_2016-10-01_quay", QUAY, "the quay would close in June", "The council"),
  article("nyt_2016-10-01_mill", MILL, "the mill was sold", "The owner"),
];

/** Finds the quay statement; refuses the mill article as an extractor that throws would. */
function fakeExtractor(seen: ArticleInput[]) {
  return (text: string, meta: ArticleInput): Extraction => {
    seen.push(meta);
    if (text === MILL) throw new Error("person/owner: a Person has no kind\n  at the record");
    const excerpt = "The council said the quay would close in June.";
    return {
      article: {
        id: "article/quay",
        title: "Quay Closes.",
        publisher: null,
        publishedOn: "",
        url: null,
        textFile: "",
      },
      entities: [{ id: "organization/council", type: EntityType.Organization, name: "Council", aliases: [] }],
      statements: [
        {
          id: "s1",
          speaker: "organization/council",
          kind: StatementKind.PARAPHRASE,
          text: "the quay would close in June",
          via: [],
          mentions: [],
          evidence: { ...span(QUAY, excerpt), excerpt },
        },
      ],
      relationships: [],
    };
  };
}

describe("evaluatePolnear", () => {
  it("gives the extractor the headline line as title and the date, and counts an article it throws on as a failure", async () => {
    const seen: ArticleInput[] = [];
    const evaluation = await evaluatePolnear(ARTICLES, fakeExtractor(seen));
    expect(seen).toEqual([
      { title: "Quay Closes.", publishedOn: "2016-10-01" },
      { title: "Mill Sold.", publishedOn: "2016-10-01" },
    ]);
    expect(evaluation.results.map((result) => result.failure)).toEqual([
      null,
      "person/owner: a Person has no kind at the record",
    ]);
    expect(evaluation.totals.all).toMatchObject({ gold: 2, predicted: 1, matched: 1 });
  });

  it("writes counts, rates and article names to the results JSON, and none of the articles' text", async () => {
    const evaluation = await evaluatePolnear(ARTICLES, fakeExtractor([]));
    const json = polnearResultsJson(evaluation, { split: "dev", corpusDir: "corpus", extractorVersion: "v" });
    const results = JSON.parse(json);
    expect(results.totals.all).toMatchObject({ gold: 2, matched: 1, recall: 0.5, precision: 1 });
    expect(results.perArticle.map((row: { article: string }) => row.article)).toEqual([
      "nyt_2016-10-01_quay",
      "nyt_2016-10-01_mill",
    ]);
    expect(results.perArticle[0].all).toEqual([1, 1, 1, 1, 0, 0]);
    expect(results.failures).toEqual([{ article: "nyt_2016-10-01_mill", reason: expect.any(String) }]);
    for (const words of ["quay would close", "mill was sold", "Quay Closes"])
      expect(json).not.toContain(words);
  });
});
