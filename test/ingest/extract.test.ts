import { createHash } from "node:crypto";
import { plainToInstance } from "class-transformer";
import { validateSync } from "class-validator";
import { Origin } from "../../src/graph/model";
import { EXTRACTOR_VERSION, REVIEW_THRESHOLD } from "../../src/ingest/marks";
import { EntityRecord, RelationshipRecord, StatementRecord } from "../../src/seed/records";
import { allEvidence, extract } from "./helpers";

const STORY = [
  "Key developments on March 14:",
  "- 'We will rebuild' — Sarkova vows after storm",
  "Ostrel Governor Milena Sarkova said on March 13 that the Zarvos Oil Refinery in Dovrask would restart next week.",
  "“We will rebuild — every pipe of it,” Sarkova said. “Nobody is leaving.”",
  "The commander of the Coastal Guard, Colonel Taras Velyk, told the Dovrask Herald that two boats were lost.",
  "The Coastal Guard struck the Kelmar fuel depot in Kelmar Oblast, an OSB source told the Dovrask Herald.",
  "He added that the operation was over, according to the source.",
].join("\n");

describe("extractArticle", () => {
  it("derives the article id from the title and the text's sha256", () => {
    const extraction = extract(STORY, { title: "Key developments on March 14" });
    const hash = createHash("sha256").update(STORY, "utf8").digest("hex").slice(0, 8);
    expect(extraction.article.id).toBe(`article/key-developments-on-march-14-${hash}`);
    expect(extraction.article.publishedOn).toBe("2025-03-14");
  });

  it("is deterministic: the same text gives the same records and ids", () => {
    const first = extract(STORY);
    const second = extract(STORY);
    expect(second).toEqual(first);
    expect(first.statements.map((statement) => statement.id)).toEqual(
      second.statements.map((statement) => statement.id),
    );
  });

  it("names statements statement/<article-slug>/<n>-<short-slug>", () => {
    const extraction = extract(STORY);
    const slug = extraction.article.id.replace("article/", "");
    extraction.statements.forEach((statement, index) => {
      expect(statement.id).toMatch(new RegExp(`^statement/${slug}/${index + 1}-[a-z0-9-]+$`));
    });
  });

  it("marks every record as extracted, with a confidence, the extractor version and needsReview below the threshold", () => {
    const extraction = extract(STORY);
    const records = [...extraction.entities, ...extraction.statements, ...extraction.relationships];
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) {
      expect(record.origin).toBe(Origin.EXTRACTED);
      expect(record.extractorVersion).toBe(EXTRACTOR_VERSION);
      expect(record.confidence).toBeGreaterThanOrEqual(0);
      expect(record.confidence).toBeLessThanOrEqual(1);
      expect(record.needsReview).toBe((record.confidence ?? 0) < REVIEW_THRESHOLD);
    }
  });

  it("keeps exact offsets for every evidence span", () => {
    const extraction = extract(STORY);
    for (const evidence of allEvidence(extraction)) {
      expect(STORY.slice(evidence.start, evidence.end)).toBe(evidence.excerpt);
    }
  });

  it("produces records that pass the seed format's validation", () => {
    const extraction = extract(STORY);
    const check = <T extends object>(recordClass: new () => T, records: object[]) => {
      for (const record of records) {
        const errors = validateSync(plainToInstance(recordClass, record), { forbidUnknownValues: false });
        expect(errors.map((error) => `${error.property}: ${JSON.stringify(error.constraints)}`)).toEqual([]);
      }
    };
    check(EntityRecord, extraction.entities);
    check(StatementRecord, extraction.statements);
    check(RelationshipRecord, extraction.relationships);
  });

  it("dates a statement from its attribution and a quotation from the same speaker's earlier statement", () => {
    const extraction = extract(STORY);
    const said = extraction.statements.find((statement) =>
      statement.text.startsWith("the Zarvos Oil Refinery"),
    );
    expect(said?.saidOn).toBe("2025-03-13");
  });
});
