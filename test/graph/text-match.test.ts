// whoSaid's ranking of full-text candidates against a pasted quotation.
import { quotationScorer, rankQuotationMatches, WHO_SAID_MIN_SCORE } from "../../src/graph/text-match";

const QUOTE = "Russia is preparing a new offensive in the north";

describe("quotationScorer", () => {
  const score = quotationScorer(QUOTE);

  it("gives 1 to a text holding every word in order, whatever the case and punctuation", () => {
    expect(score("He said: “RUSSIA is preparing a new offensive in the north,” on Friday.")).toBe(1);
  });

  it("gives less for words out of order or missing, and content words weigh more than function words", () => {
    const reordered = score("in the north a new offensive Russia is preparing");
    const missingFunctionWord = score("Russia is preparing new offensive in the north");
    const missingContentWord = score("Russia is preparing a new push in the north");
    expect(reordered).toBeLessThan(1);
    expect(missingFunctionWord).toBeLessThan(1);
    expect(missingContentWord).toBeLessThan(missingFunctionWord);
  });

  it("scores 0 for a quotation without words", () => {
    expect(quotationScorer(" … — ")("anything at all")).toBe(0);
  });
});

describe("rankQuotationMatches", () => {
  const candidates = [
    { id: "weak", texts: ["The weather in the north is cold"] },
    { id: "excerpt", texts: ["unrelated", `Officials said ${QUOTE}.`] },
    { id: "exact", texts: [QUOTE] },
    { id: "partial", texts: ["Russia is preparing an offensive"] },
  ];

  it("keeps candidates at or above the threshold, best first, the index's order breaking ties", () => {
    const ranked = rankQuotationMatches(QUOTE, candidates, (c) => c.texts, 10);
    expect(ranked.map((match) => match.candidate.id)).toEqual(["excerpt", "exact"]);
    expect(ranked.map((match) => match.score)).toEqual([1, 1]);
    expect(ranked.every((match) => match.score >= WHO_SAID_MIN_SCORE)).toBe(true);
  });

  it("returns at most `limit`", () => {
    expect(rankQuotationMatches(QUOTE, candidates, (c) => c.texts, 1).map((m) => m.candidate.id)).toEqual([
      "excerpt",
    ]);
  });

  it("rounds scores to three decimals", () => {
    // Weights: russia 1, is ¼, preparing 1, a ¼, new 1, offensive 1 = 4.5; "a" and "new" are missing: 3.25 / 4.5.
    const [match] = rankQuotationMatches(
      "Russia is preparing a new offensive",
      ["Russia is preparing an offensive"],
      (text) => [text],
      1,
    );
    expect(match.score).toBe(0.722);
  });
});
