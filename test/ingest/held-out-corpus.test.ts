// The held-out evaluation corpus (bench/ingest-corpus): valid seed-format records whose offsets slice the
// text, whose ids resolve, and whose quotations are verbatim — so its scores measure the extractor, not typos.
import { plainToInstance } from "class-transformer";
import { readdirSync } from "node:fs";
import path from "node:path";
import { StatementKind } from "../../src/graph/model";
import { extract } from "../support/extraction";
import { PROJECT_ROOT } from "../../src/paths";
import { readSeed } from "../../src/seed/read";
import { ArticleFileRecord } from "../../src/seed/records";
import { validateSeed } from "../../src/seed/validate";

const CORPUS_DIR = path.join(PROJECT_ROOT, "bench", "ingest-corpus");
const bundle = readSeed(CORPUS_DIR, PROJECT_ROOT);

describe("the held-out corpus", () => {
  it("passes the seed validation: shapes, offsets, ids, relationship ends", () => {
    expect(() => validateSeed(bundle)).not.toThrow();
  });

  it("has at least four articles of 15 to 30 lines, each with a text beside its gold", () => {
    const texts = readdirSync(path.join(CORPUS_DIR, "articles")).filter((name) => name.endsWith(".txt"));
    expect(bundle.articles.length).toBeGreaterThanOrEqual(4);
    expect(texts).toHaveLength(bundle.articles.length);
    for (const { text } of bundle.articles) {
      const lines = text.split("\n").filter((line) => line.trim().length > 0);
      expect(lines.length).toBeGreaterThanOrEqual(15);
      expect(lines.length).toBeLessThanOrEqual(30);
    }
  });

  it("gives every QUOTE its words verbatim from its evidence", () => {
    for (const { record, text } of bundle.articles) {
      for (const statement of record.statements.filter(
        (candidate) => candidate.kind === StatementKind.QUOTE,
      )) {
        const evidence = text.slice(statement.evidence.start, statement.evidence.end);
        expect({ id: statement.id, verbatim: evidence.includes(statement.text) }).toEqual({
          id: statement.id,
          verbatim: true,
        });
      }
    }
  });

  it("scopes anonymous speakers to their article", () => {
    const anonymous = bundle.entities
      .filter((entity) => entity.anonymous === true)
      .map((entity) => entity.id);
    const slugs = bundle.articles.map(({ record }) => record.article.id.replace("article/", ""));
    for (const id of anonymous) expect(slugs.some((slug) => id.endsWith(slug))).toBe(true);
  });
});

describe("the extractor on the held-out corpus", () => {
  it("produces records that pass the seed validation, with exact offsets", async () => {
    for (const { record, text } of bundle.articles) {
      const publisher = bundle.entities.find((entity) => entity.id === record.article.publisher)?.name;
      const extraction = await extract(text, {
        title: record.article.title,
        publishedOn: record.article.publishedOn,
        publisher,
      });
      const extracted = plainToInstance(ArticleFileRecord, {
        article: {
          ...extraction.article,
          publisher: extraction.article.publisher ?? record.article.publisher,
        },
        statements: extraction.statements,
        relationships: extraction.relationships,
      });
      expect(() =>
        validateSeed({
          entitiesFile: "extracted",
          entities: extraction.entities,
          articles: [{ file: record.article.id, record: extracted, text }],
        }),
      ).not.toThrow();
    }
    // Five articles through the NLP server.
  }, 300_000);
});
