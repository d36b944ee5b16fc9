import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseBrat } from "../../src/ingest/brat";
import { attributionsFromBrat, polnearArticleNames, readPolnearSplit } from "../../src/ingest/polnear";
import { PROJECT_ROOT } from "../../src/paths";

const HARBOUR = "Harbour Reopens.\n\n“The harbour is open,” Mayor Dana Quill said. “Boats may leave.”\n";
const FERRY = "Ferry Fares Rise 🚢.\n\nThe operator said fares would rise.\n";

/** brat offsets of `fragment`: brat counts code points, so "🚢" (two UTF-16 units) counts one. */
function span(text: string, fragment: string): string {
  const start = [...text.slice(0, text.indexOf(fragment))].length;
  return `${start} ${start + [...fragment].length}`;
}

/** A PolNeAR-shaped corpus in a temporary folder: two dev articles, one annotated by two people. */
function writeCorpus(root: string): void {
  const dev = path.join(root, "data", "dev");
  mkdirSync(path.join(dev, "text"), { recursive: true });
  mkdirSync(path.join(dev, "attributions"), { recursive: true });
  writeFileSync(path.join(dev, "text", "usa-today_2016-09-30_harbour.txt"), HARBOUR);
  writeFileSync(path.join(dev, "text", "nyt_2016-10-02_ferry.txt"), FERRY);
  const harbourAnn = [
    `T1\tSource ${span(HARBOUR, "Mayor Dana Quill")}\tMayor Dana Quill`,
    `T2\tCue ${span(HARBOUR, "said")}\tsaid`,
    `T3\tContent ${span(HARBOUR, "“The harbour is open,”")};${span(HARBOUR, "“Boats may leave.”")}\t…`,
    `T4\tAttribution ${span(HARBOUR, "said")}\tsaid`,
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
    `T5\tCue ${span(HARBOUR, "Reopens")}\tReopens`,
    "E2\tAttribution-no-source:T5 Cue:T5",
  ].join("\n");
  writeFileSync(path.join(dev, "attributions", "usa-today_2016-09-30_harbour_b2c3.ann"), harbourAnn);
  writeFileSync(path.join(dev, "attributions", "usa-today_2016-09-30_harbour_a1f0.ann"), "");
  const ferryAnn = [
    `T1\tSource ${span(FERRY, "The operator")}\tThe operator`,
    `T2\tCue ${span(FERRY, "said")}\tsaid`,
    `T3\tContent ${span(FERRY, "fares would")}\tfares would`,
    `T4\tContent ${span(FERRY, "rise.\n")}\trise`,
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3 Content2:T4",
  ].join("\n");
  writeFileSync(path.join(dev, "attributions", "nyt_2016-10-02_ferry_d473.ann"), ferryAnn);
  writeFileSync(
    path.join(root, "data", "metadata.tsv"),
    [
      "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle",
      "dev\tusa-today_2016-09-30_harbour\t3\ta1f0|b2c3\tusa-today\t2016-09-29\tA. Writer\tHarbour Reopens",
      "",
    ].join("\n"),
  );
}

describe("readPolnearSplit", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "polnear-"));
    writeCorpus(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("lists a split's articles in name order", () => {
    expect(polnearArticleNames(root, "dev")).toEqual([
      "nyt_2016-10-02_ferry",
      "usa-today_2016-09-30_harbour",
    ]);
  });

  it("reads the annotator whose id sorts first when several annotated an article", () => {
    const [harbour] = readPolnearSplit(root, "dev", { article: "usa-today_2016-09-30_harbour" });
    expect(harbour.annotators).toEqual(["a1f0", "b2c3"]);
    expect(harbour.annotator).toBe("a1f0");
    expect(harbour.attributions).toEqual([]);
  });

  it("takes the date and publisher from metadata.tsv, else the date from the file name", () => {
    const [ferry, harbour] = readPolnearSplit(root, "dev");
    expect([harbour.publishedOn, harbour.publisher]).toEqual(["2016-09-29", "usa-today"]);
    expect([ferry.publishedOn, ferry.publisher]).toEqual(["2016-10-02", null]);
  });

  it("joins numbered content roles into one content and keeps offsets right after a two-unit character", () => {
    const [ferry] = readPolnearSplit(root, "dev", { limit: 1 });
    expect(ferry.attributions).toHaveLength(1);
    const [attribution] = ferry.attributions;
    const read = (spans: { start: number; end: number }[]) =>
      spans.map((part) => FERRY.slice(part.start, part.end)).join("|");
    expect(read(attribution.content)).toBe("fares would|rise.\n");
    expect(read(attribution.source)).toBe("The operator");
    expect(read(attribution.cue)).toBe("said");
  });

  it("reads a discontinuous content and leaves out an attribution without content", () => {
    const ann = [
      `T1\tSource ${span(HARBOUR, "Mayor Dana Quill")}\tMayor Dana Quill`,
      `T3\tContent ${span(HARBOUR, "“The harbour is open,”")};${span(HARBOUR, "“Boats may leave.”")}\t…`,
      `T5\tCue ${span(HARBOUR, "Reopens")}\tReopens`,
      "E1\tAttribution:T5 Source:T1 Content:T3",
      "E2\tAttribution-no-source:T5 Cue:T5",
    ].join("\n");
    const { attributions, withoutContent } = attributionsFromBrat(parseBrat(ann), HARBOUR);
    expect(withoutContent).toBe(1);
    expect(attributions[0].content.map((part) => HARBOUR.slice(part.start, part.end))).toEqual([
      "“The harbour is open,”",
      "“Boats may leave.”",
    ]);
  });

  it("names the article it cannot find", () => {
    expect(() => readPolnearSplit(root, "dev", { article: "nyt_2016-01-01_none" })).toThrow(
      "no article nyt_2016-01-01_none",
    );
  });
});

// The real corpus, when this machine has it (../shared/corpora/polnear): counts only, no text.
const CORPUS = path.resolve(PROJECT_ROOT, "..", "shared", "corpora", "polnear");
if (existsSync(path.join(CORPUS, "data", "dev"))) {
  describe("the PolNeAR dev split", () => {
    it("reads all 84 articles, each with attributions whose spans lie inside its text", () => {
      const articles = readPolnearSplit(CORPUS, "dev");
      expect(articles).toHaveLength(84);
      for (const article of articles) {
        expect(article.attributions.length).toBeGreaterThan(0);
        for (const attribution of article.attributions) {
          for (const part of [...attribution.content, ...attribution.source, ...attribution.cue]) {
            expect(part.start).toBeLessThan(part.end);
            expect(part.end).toBeLessThanOrEqual(article.text.length);
          }
        }
      }
    });
  });
}
