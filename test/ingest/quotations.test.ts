import { StatementKind } from "../../src/graph/model";
import { allEvidence, extract, speakerNameOf, statementWith } from "./helpers";

describe("direct quotations", () => {
  it('attributes "…," X said to the named speaker, with the quotation as the text', () => {
    const text = '"The port will reopen next week," Ostrel Governor Milena Sarkova said.';
    const extraction = extract(text);
    const quote = statementWith(extraction, "The port will reopen");
    expect(quote.kind).toBe(StatementKind.QUOTE);
    expect(quote.text).toBe("The port will reopen next week");
    expect(speakerNameOf(extraction, quote)).toBe("Milena Sarkova");
    expect(quote.evidence.excerpt).toBe(text);
  });

  it('reads the inverted "…," said X', () => {
    const extraction = extract('"We are ready," said Coastal Guard spokesperson Ivo Marten.');
    expect(speakerNameOf(extraction, statementWith(extraction, "We are ready"))).toBe("Ivo Marten");
  });

  it('reads the attribution before the quotation: X added, "…"', () => {
    const text = 'Milena Sarkova spoke first. She added, "Nobody will be left behind."';
    const extraction = extract(text);
    expect(speakerNameOf(extraction, statementWith(extraction, "Nobody will be left behind."))).toBe(
      "Milena Sarkova",
    );
  });

  it('splits a quotation interrupted by its attribution: "…," X said. "…"', () => {
    const text = '"The bridge is open," Colonel Taras Velyk said. "The ferry is not."';
    const extraction = extract(text);
    const first = statementWith(extraction, "The bridge is open");
    const second = statementWith(extraction, "The ferry is not.");
    expect(speakerNameOf(extraction, first)).toBe("Taras Velyk");
    expect(speakerNameOf(extraction, second)).toBe("Taras Velyk");
    expect(second.evidence.excerpt).toBe('"The ferry is not."');
  });

  it("keeps a multi-sentence quotation whole", () => {
    const text = "“The line holds. We will not retreat. Not one step,” Velyk said.";
    const extraction = extract(text);
    expect(statementWith(extraction, "The line holds.").text).toBe(
      "The line holds. We will not retreat. Not one step",
    );
  });

  it("gives an unattributed quotation after an attributed one its speaker", () => {
    const text = '"Supplies arrived," said Mayor Dana Holm.\n"More are coming."';
    const extraction = extract(text);
    expect(speakerNameOf(extraction, statementWith(extraction, "More are coming."))).toBe("Dana Holm");
  });

  it("resolves he and she to the nearest earlier speaker", () => {
    const text = [
      '"We hold the crossing," Colonel Taras Velyk said.',
      '"The enemy tried twice," he added.',
      'Governor Milena Sarkova visited the port. "It is calm now," she said.',
    ].join("\n");
    const extraction = extract(text);
    expect(speakerNameOf(extraction, statementWith(extraction, "The enemy tried twice"))).toBe("Taras Velyk");
    expect(speakerNameOf(extraction, statementWith(extraction, "It is calm now"))).toBe("Milena Sarkova");
  });

  it("marks a question with asked as a QUESTION", () => {
    const extraction = extract('"Who will pay for the dam?" Sarkova asked.');
    expect(statementWith(extraction, "Who will pay").kind).toBe(StatementKind.QUESTION);
  });

  it('quotes a fragment introduced by calling it "…" with the sentence\'s speaker', () => {
    const text =
      'The Ostrel Ministry of Energy rejected the tariff plan, calling it "a trap for households."';
    const extraction = extract(text);
    const fragment = statementWith(extraction, "a trap for households.");
    expect(fragment.kind).toBe(StatementKind.QUOTE);
    expect(speakerNameOf(extraction, fragment)).toContain("Ministry of Energy");
  });

  it("gives a quotation inside a quotation to the person named before it, relayed by the outer speaker", () => {
    const text = "\"Then Holm told us 'keep the lights on,' and we did,\" Velyk said.";
    const extraction = extract(text);
    const inner = extraction.statements.find((statement) => statement.text === "keep the lights on");
    if (inner === undefined) throw new Error("the inner quotation is missing");
    expect(speakerNameOf(extraction, inner)).toBe("Holm");
    const outer = statementWith(extraction, "Then Holm told us");
    expect(inner.via).toContain(outer.speaker);
  });

  it("does not make a headline quotation the body repeats a statement of its own", () => {
    const text = [
      "Velyk calls landing 'a failure' — Coastal Guard holds",
      '"The landing was a failure," Colonel Taras Velyk said.',
    ].join("\n");
    const extraction = extract(text);
    expect(extraction.statements.filter((statement) => statement.text.includes("failure"))).toHaveLength(1);
  });

  it("keeps a headline quotation the body does not repeat when the headline names its speaker", () => {
    const text = [
      "'Not one step back' — Sarkova vows to defend Dovrask",
      "The governor toured the city on Friday.",
    ].join("\n");
    const extraction = extract(text);
    const quote = statementWith(extraction, "Not one step back");
    expect(quote.needsReview).toBe(true);
  });

  it("gives every span exact offsets in text with curly quotes, em dashes and emoji", () => {
    const text =
      "Ostrel’s port 🚢 reopened — finally.\n“We did it — together,” Sarkova said.\n“Ships are back,” she added.";
    const extraction = extract(text);
    expect(extraction.statements.length).toBeGreaterThanOrEqual(2);
    for (const evidence of allEvidence(extraction)) {
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.excerpt);
    }
  });
});
