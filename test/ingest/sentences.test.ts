import { findQuotations } from "../../src/ingest/quotes";
import { splitSentences } from "../../src/ingest/sentences";

function sentencesOf(text: string, title?: string): string[] {
  const quotes = findQuotations(text).filter((quote) => quote.style === "double");
  return splitSentences(text, quotes, title).map((sentence) => text.slice(sentence.start, sentence.end));
}

describe("splitSentences", () => {
  it("gives offsets that slice back to each sentence, around curly quotes, em dashes and emoji", () => {
    const text = "Ostrel’s governor spoke — briefly 🙂. “We hold,” she said.\nThe port reopened.";
    const quotes = findQuotations(text);
    const sentences = splitSentences(text, quotes);
    expect(sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
      "Ostrel’s governor spoke — briefly 🙂.",
      "“We hold,” she said.",
      "The port reopened.",
    ]);
  });

  it("does not end a sentence after U.S. before a title", () => {
    expect(sentencesOf("The envoy met former U.S. President Tom Varga in Dovrask. Talks went on.")).toEqual([
      "The envoy met former U.S. President Tom Varga in Dovrask.",
      "Talks went on.",
    ]);
  });

  it("keeps a multi-sentence quotation and its attribution in one sentence", () => {
    expect(sentencesOf('"The line holds. We will not retreat," Sarkova said. The talks resumed.')).toEqual([
      '"The line holds. We will not retreat," Sarkova said.',
      "The talks resumed.",
    ]);
  });

  it("ends a sentence after a full stop inside closing quotes but not after a question mark", () => {
    expect(sentencesOf('He called it a "trap." She agreed. "Why now?" Velyk asked.')).toEqual([
      'He called it a "trap."',
      "She agreed.",
      '"Why now?" Velyk asked.',
    ]);
  });

  it("marks titles, bullets and short unpunctuated lines as headlines", () => {
    const text =
      "Key developments on March 14:\n- Ostrel holds the line\nCoastal Guard repels landing\nThe Coastal Guard repelled a landing near Dovrask.";
    const quotes = findQuotations(text);
    const flags = splitSentences(text, quotes).map((sentence) => sentence.headline);
    expect(flags).toEqual([true, true, true, false]);
  });
});

describe("findQuotations", () => {
  it("finds straight and curly double quotations with exact content offsets", () => {
    const text = 'She said "we hold" and he said “we advance”.';
    const quotes = findQuotations(text).filter((quote) => quote.style === "double");
    expect(quotes.map((quote) => text.slice(quote.start, quote.end))).toEqual(["we hold", "we advance"]);
    expect(quotes.map((quote) => text.slice(quote.open, quote.close))).toEqual(['"we hold"', "“we advance”"]);
  });

  it("finds single-quoted headline fragments but not apostrophes", () => {
    const text =
      "Sarkova is 'no hero' — Velyk criticizes Ostrel’s governor for 'giving up' at the port’s gate";
    const quotes = findQuotations(text);
    expect(quotes.map((quote) => text.slice(quote.start, quote.end))).toEqual(["no hero", "giving up"]);
  });

  it("marks a single-quoted passage inside a double quotation as nested", () => {
    const text = "\"He told me 'hold the bridge,' and we did,\" Velyk said.";
    const nested = findQuotations(text).filter((quote) => quote.nested);
    expect(nested.map((quote) => text.slice(quote.start, quote.end))).toEqual(["hold the bridge,"]);
  });

  it("runs a quotation on into the next paragraph when that paragraph reopens it", () => {
    const text = '"The first part of the speech\n"and the second part," Sarkova said.';
    const quotes = findQuotations(text).filter((quote) => quote.style === "double");
    expect(quotes.map((quote) => text.slice(quote.start, quote.end))).toEqual([
      "The first part of the speech",
      "and the second part,",
    ]);
  });

  it('ends a sentence after a number: "… by 2030. It said …"', () => {
    expect(
      sentencesOf("It would save 4.1 billion crowns by 2030. It said the savings would go to schools."),
    ).toEqual(["It would save 4.1 billion crowns by 2030.", "It said the savings would go to schools."]);
  });

  it('does not end a sentence after "p.m." before a lower-case word', () => {
    expect(sentencesOf("The blaze started after 10 p.m. at the yard, officials said. It spread.")).toEqual([
      "The blaze started after 10 p.m. at the yard, officials said.",
      "It spread.",
    ]);
  });
});
