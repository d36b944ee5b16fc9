import { EntityType, StatementKind } from "../../src/graph/model";
import { contentSpans, predictionsFromExtraction } from "../../src/ingest/attribution-predictions";
import type { Extraction } from "../../src/ingest/types";
import type { StatementRecord } from "../../src/seed/records";

const TEXT = "Ferry Fares Rise.\n\n“Fares  will rise,” Dana Quill said. The operator said costs grew.\n";

function evidence(fragment: string): StatementRecord["evidence"] {
  const start = TEXT.indexOf(fragment);
  return { start, end: start + fragment.length, excerpt: fragment };
}

function statement(id: string, speaker: string, text: string, excerpt: string): StatementRecord {
  return {
    id,
    speaker,
    kind: StatementKind.QUOTE,
    text,
    via: [],
    mentions: [],
    evidence: evidence(excerpt),
  };
}

const SENTENCE = "“Fares  will rise,” Dana Quill said.";

function read(spans: { start: number; end: number }[]): string[] {
  return spans.map((span) => TEXT.slice(span.start, span.end));
}

describe("contentSpans", () => {
  it("takes the statement's content parts when the extractor gives them", () => {
    const parts = [{ start: 20, end: 25 }];
    expect(contentSpans(TEXT, { ...statement("s", "p", "x", SENTENCE), content: parts })).toEqual(parts);
  });

  it("finds the statement's text verbatim inside its evidence", () => {
    expect(
      read(contentSpans(TEXT, statement("s", "p", "costs grew", "The operator said costs grew."))),
    ).toEqual(["costs grew"]);
  });

  it("finds it with straight quotes and single spaces where the article has curly quotes and runs of spaces", () => {
    expect(read(contentSpans(TEXT, statement("s", "p", '"Fares will rise,"', SENTENCE)))).toEqual([
      "“Fares  will rise,”",
    ]);
  });

  it("falls back to the whole evidence when the text is not in it", () => {
    expect(read(contentSpans(TEXT, statement("s", "p", "prices go up", SENTENCE)))).toEqual([SENTENCE]);
  });
});

describe("predictionsFromExtraction", () => {
  it("gives each statement its content and its speaker's name and aliases", () => {
    const extraction: Extraction = {
      article: {
        id: "article/ferry",
        title: "Ferry Fares Rise.",
        publisher: null,
        publishedOn: "2016-10-02",
        url: null,
        textFile: "ferry.txt",
      },
      entities: [
        { id: "person/dana-quill", type: EntityType.Person, name: "Dana Quill", aliases: ["Quill"] },
      ],
      statements: [
        statement("s1", "person/dana-quill", "Fares  will rise,", SENTENCE),
        statement("s2", "organization/the-operator", "costs grew", "The operator said costs grew."),
      ],
      relationships: [],
    };
    const [first, second] = predictionsFromExtraction(TEXT, extraction);
    expect(first).toMatchObject({ id: "s1", speaker: { name: "Dana Quill", aliases: ["Quill"] } });
    expect(read(first.content)).toEqual(["Fares  will rise,"]);
    expect(second.speaker).toEqual({ name: "the operator", aliases: [] });
  });
});
