// Quotations in raw text, whatever their marks, and chains of quotations over paragraphs.
import { chainOf, findQuotations } from "../../src/ingest/stages/quotations";

function quoted(text: string): string[] {
  return findQuotations(text).map((quotation) => text.slice(quotation.start, quotation.end));
}

describe("findQuotations", () => {
  it("reads curly, straight, doubled-apostrophe and backtick quotation marks", () => {
    expect(quoted("“We will win,” she said.")).toEqual(["We will win,"]);
    expect(quoted('"We will win," she said.')).toEqual(["We will win,"]);
    expect(quoted("''We will win,'' she said.")).toEqual(["We will win,"]);
    expect(quoted("``We will win,'' she said.")).toEqual(["We will win,"]);
  });

  it("reads single curly marks without taking an apostrophe for a closing mark", () => {
    expect(quoted("Mr. Trump’s aide called it ‘a total disaster’ on Friday.")).toEqual(["a total disaster"]);
    expect(quoted("The Clintons’ foundation said nothing.")).toEqual([]);
  });

  it("keeps a question or an exclamation inside the quotation", () => {
    expect(quoted('"Is this fair?" he asked. "No!" she said.')).toEqual(["Is this fair?", "No!"]);
  });

  it("chains a quotation that runs over paragraphs, each reopened and only the last closed", () => {
    const text = '"We will build it. And we will finish it.\n\n"Nobody will stop us," he said.';
    const [first] = findQuotations(text);
    expect(chainOf(first).map((part) => text.slice(part.start, part.end))).toEqual([
      "We will build it. And we will finish it.",
      "Nobody will stop us,",
    ]);
  });

  it("marks a single-quoted passage inside a double quotation as inner", () => {
    const text = "“She told me ‘keep going’ every day,” he said.";
    const inner = findQuotations(text).find((quotation) => quotation.style === "single");
    expect(inner?.outer).toBeDefined();
    expect(text.slice(inner?.start, inner?.end)).toBe("keep going");
  });
});
