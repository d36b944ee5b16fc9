import {
  capitalisedMidSentence,
  categoryOf,
  quotedCharacters,
  quotedShare,
  scoreAttributions,
  sourceNameWord,
  speakerAgrees,
  rates,
  type GoldAttribution,
  type PredictedAttribution,
  type TextSpan,
} from "../../src/ingest/evaluate-attributions";

const TEXT = [
  "Bridge To Open In May.",
  '"The bridge will open in May," Mayor Dana Quill said on Tuesday.',
  "Quill said the council had approved the money for the repairs.",
  "“We are ready,” she added. “The crews start on Monday and will work through the summer.”",
  "Officials said the plan was “a good start” for the town.",
  "Rep. Tim Varga of Ohio called it ''a waste of money'' in a statement.",
  "A spokesman for Quill said the budget was final.",
  "Secretary of State Ann Brook, a friend of the mayor, said the state would pay.",
].join("\n");

/** The span of `fragment` in TEXT (its first occurrence at or after `from`). */
function at(fragment: string, from = 0, text = TEXT): TextSpan {
  const start = text.indexOf(fragment, from);
  if (start < 0) throw new Error(`"${fragment}" is not in the text`);
  return { start, end: start + fragment.length };
}

function gold(id: string, content: TextSpan[], source: TextSpan[]): GoldAttribution {
  return { id, content, source, cue: [] };
}

const SPLIT_FIRST = at("“We are ready,”");
const SPLIT_SECOND = at("“The crews start on Monday and will work through the summer.”");

const GOLD: GoldAttribution[] = [
  gold("E1", [at('"The bridge will open in May,"')], [at("Mayor Dana Quill")]),
  gold("E2", [at("the council had approved the money for the repairs")], [at("Quill said")].map(firstWord)),
  gold("E3", [SPLIT_FIRST, SPLIT_SECOND], [at("she")]),
  gold("E4", [at("the plan was “a good start” for the town")], [at("Officials")]),
  gold("E5", [at("''a waste of money''")], [at("Rep. Tim Varga of Ohio")]),
  gold("E6", [at("the budget was final")], [at("A spokesman for Quill")]),
  gold("E7", [at("the state would pay")], [at("Secretary of State Ann Brook, a friend of the mayor,")]),
];

function firstWord(span: TextSpan): TextSpan {
  return { start: span.start, end: TEXT.indexOf(" ", span.start) };
}

function predicted(
  id: string,
  content: TextSpan[],
  name?: string,
  aliases: string[] = [],
): PredictedAttribution {
  return { id, content, speaker: name === undefined ? undefined : { name, aliases } };
}

function goldById(id: string): GoldAttribution {
  return GOLD.find((attribution) => attribution.id === id) as GoldAttribution;
}

/** A prediction of exactly a gold attribution's content. */
function copyOf(id: string, name?: string, aliases: string[] = []): PredictedAttribution {
  return predicted(`p-${id}`, goldById(id).content, name, aliases);
}

function shareOf(text: string, content: TextSpan[]): number {
  return quotedShare(text, quotedCharacters(text), content);
}

describe("quoted characters and categories", () => {
  it("puts a content wholly inside quotation marks in direct, one with some in partly, one with none in reported", () => {
    expect(GOLD.map((attribution) => categoryOf(shareOf(TEXT, attribution.content)))).toEqual([
      "direct",
      "reported",
      "direct",
      "partly",
      "direct",
      "reported",
      "reported",
    ]);
  });

  it("reads straight, curly and doubled-apostrophe quotation marks, not the marks themselves", () => {
    const quoted = quotedCharacters(TEXT);
    const quotedText = (span: TextSpan) =>
      [...TEXT.slice(span.start, span.end)].filter((_, index) => quoted[span.start + index] === 1).join("");
    expect(quotedText(at('"The bridge will open in May,"'))).toBe("The bridge will open in May,");
    expect(quotedText(at("“a good start”"))).toBe("a good start");
    expect(quotedText(at("''a waste of money''"))).toBe("a waste of money");
    expect(quotedText(at("Quill said the council"))).toBe("");
  });

  it("closes a single-quoted passage at a closing mark, not at an apostrophe", () => {
    const text = "He called it ‘Quill’s folly’ twice.";
    const quoted = quotedCharacters(text);
    const inside = [...text].filter((_, index) => quoted[index] === 1).join("");
    expect(inside).toBe("Quill’s folly");
  });

  it("runs a quotation left open to the end of its paragraph, and no further", () => {
    const text = 'He said: "We will win.\nThen he left.';
    expect(shareOf(text, [at("We will win.", 0, text)])).toBe(1);
    expect(shareOf(text, [at("Then he left.", 0, text)])).toBe(0);
  });

  it("draws the line between direct and partly quoted at 90% of the content", () => {
    expect(categoryOf(0.9)).toBe("direct");
    expect(categoryOf(0.89)).toBe("partly");
    expect(categoryOf(0.01)).toBe("partly");
    expect(categoryOf(0)).toBe("reported");
  });
});

describe("named sources and speaker agreement", () => {
  const midSentence = capitalisedMidSentence(TEXT);
  const nameOf = (id: string) => sourceNameWord(TEXT, goldById(id).source, midSentence);

  it("takes the last proper word of a name, titles aside", () => {
    expect(nameOf("E1")).toBe("quill");
    expect(nameOf("E5")).toBe("varga");
    expect(nameOf("E7")).toBe("brook");
    const text = "Headline\nOn Monday James O’Neill’s aide spoke, and then James O’Neill spoke.";
    const laterMention = at("James O’Neill", text.indexOf("then"), text);
    expect(sourceNameWord(text, [laterMention], new Set())).toBe("o'neill");
  });

  it("counts a name that opens a sentence when the article also writes it mid-sentence", () => {
    expect(nameOf("E2")).toBe("quill");
  });

  it("does not count pronouns, capitalised common nouns or a name under a common noun as named", () => {
    expect(nameOf("E3")).toBeNull();
    expect(nameOf("E4")).toBeNull();
    expect(nameOf("E6")).toBeNull();
    expect(sourceNameWord(TEXT, [], midSentence)).toBeNull();
  });

  it("does not take a full stop after a title for the end of a sentence", () => {
    const text = "Headline\nOn Monday Mr. Brook spoke first.";
    expect(sourceNameWord(text, [at("Mr. Brook", 0, text)], capitalisedMidSentence(text))).toBe("brook");
  });

  it("agrees when the name word is a word of the predicted name or an alias", () => {
    expect(speakerAgrees("quill", { name: "Dana Quill", aliases: [] })).toBe(true);
    expect(speakerAgrees("quill", { name: "The mayor", aliases: ["Quill’s office"] })).toBe(true);
    expect(speakerAgrees("quill", { name: "Dana Quillen", aliases: [] })).toBe(false);
    expect(speakerAgrees("o'neill", { name: "James O’Neill", aliases: [] })).toBe(true);
    expect(speakerAgrees("quill", undefined)).toBe(false);
  });
});

describe("scoreAttributions", () => {
  it("scores predictions equal to the gold as all right, exact, with every named speaker right", () => {
    const names: Record<string, string> = {
      E1: "Dana Quill",
      E2: "Dana Quill",
      E5: "Tim Varga",
      E7: "Ann Brook",
    };
    const score = scoreAttributions({
      text: TEXT,
      gold: GOLD,
      predicted: GOLD.map((attribution) => copyOf(attribution.id, names[attribution.id] ?? "someone")),
    });
    expect(score.counts.all).toEqual({
      gold: 7,
      predicted: 7,
      matched: 7,
      exact: 7,
      namedSources: 4,
      speakerRight: 4,
    });
    expect([score.counts.direct.gold, score.counts.partly.gold, score.counts.reported.gold]).toEqual([
      3, 1, 3,
    ]);
    expect(rates(score.counts.all)).toMatchObject({ precision: 1, recall: 1, f1: 1, speakerAccuracy: 1 });
    expect(score.missed).toEqual([]);
    expect(score.spurious).toEqual([]);
  });

  it("matches a prediction covering half of the gold content, and not one character less", () => {
    const content = goldById("E2").content[0];
    const half = Math.ceil((content.end - content.start) / 2);
    const covering = (length: number) =>
      scoreAttributions({
        text: TEXT,
        gold: [goldById("E2")],
        predicted: [predicted("p", [{ start: content.start, end: content.start + length }])],
      });
    expect(covering(half).counts.all.matched).toBe(1);
    const short = covering(half - 1);
    expect(short.counts.all.matched).toBe(0);
    expect(short.missed.map((miss) => miss.id)).toEqual(["E2"]);
    expect(short.missed[0].nearest).toEqual({ coverage: expect.closeTo(0.5, 1), pairedWith: null });
    expect(short.missed[0].nearest?.coverage).toBeLessThan(0.5);
    expect(short.spurious).toHaveLength(1);
    expect(short.counts.reported).toMatchObject({ gold: 1, predicted: 1, matched: 0 });
  });

  it("leaves the gold's quotation marks out of what must be covered, and out of exactness", () => {
    const inner = at("The bridge will open in May,");
    const score = scoreAttributions({
      text: TEXT,
      gold: [goldById("E1")],
      predicted: [predicted("p", [inner])],
    });
    expect(score.pairs).toEqual([expect.objectContaining({ gold: "E1", coverage: 1, exact: true })]);
  });

  it("pairs one to one: a second prediction of the same attribution is spurious", () => {
    const score = scoreAttributions({
      text: TEXT,
      gold: [goldById("E2")],
      predicted: [copyOf("E2"), { ...copyOf("E2"), id: "again" }],
    });
    expect(score.counts.all).toMatchObject({ gold: 1, predicted: 2, matched: 1 });
    expect(rates(score.counts.all).precision).toBe(0.5);
  });

  it("names, for a miss, the prediction that covered it and the attribution that prediction was paired with", () => {
    const both = predicted("both", [...goldById("E1").content, ...goldById("E2").content]);
    const score = scoreAttributions({
      text: TEXT,
      gold: [goldById("E1"), goldById("E2")],
      predicted: [both],
    });
    expect(score.missed).toHaveLength(1);
    const paired = score.pairs[0].gold;
    expect(score.missed[0].nearest).toEqual({ coverage: 1, pairedWith: paired });
  });

  it("finds the pairing with the most pairs, where the best pair first would leave one unmatched", () => {
    const first = { start: SPLIT_FIRST.start + 1, end: SPLIT_FIRST.end - 1 };
    const second = { start: SPLIT_SECOND.start + 1, end: SPLIT_SECOND.end - 1 };
    const secondLength = second.end - second.start;
    const firstLength = first.end - first.start;
    // "wide" covers the first quotation whole and 60% of the second; "narrow" covers 70% of the first only.
    const wide = predicted("wide", [
      { start: first.start, end: second.start + Math.ceil(0.6 * secondLength) },
    ]);
    const narrow = predicted("narrow", [
      { start: first.start, end: first.start + Math.ceil(0.7 * firstLength) },
    ]);
    const score = scoreAttributions({
      text: TEXT,
      gold: [gold("first", [SPLIT_FIRST], []), gold("second", [SPLIT_SECOND], [])],
      predicted: [wide, narrow],
    });
    expect(score.counts.all.matched).toBe(2);
    expect(score.pairs.map((pair) => `${pair.gold}=${pair.predicted}`).sort()).toEqual([
      "first=narrow",
      "second=wide",
    ]);
  });

  it("scores a quotation split by its attribution as one attribution with two parts", () => {
    const both = scoreAttributions({
      text: TEXT,
      gold: [goldById("E3")],
      predicted: [predicted("both", [SPLIT_FIRST, SPLIT_SECOND])],
    });
    expect(both.pairs).toEqual([expect.objectContaining({ exact: true, category: "direct" })]);

    const firstOnly = scoreAttributions({
      text: TEXT,
      gold: [goldById("E3")],
      predicted: [predicted("first", [SPLIT_FIRST])],
    });
    expect(firstOnly.counts.all.matched).toBe(0);

    const secondOnly = scoreAttributions({
      text: TEXT,
      gold: [goldById("E3")],
      predicted: [predicted("second", [SPLIT_SECOND])],
    });
    expect(secondOnly.pairs).toEqual([expect.objectContaining({ exact: false })]);
  });

  it("counts a span exact when it differs only by edge punctuation and spaces", () => {
    const content = goldById("E4").content[0];
    const wider = predicted("wider", [{ start: content.start - 1, end: content.end + 1 }]);
    const shorter = predicted("shorter", [at("the plan was “a good start”")]);
    const score = (prediction: PredictedAttribution) =>
      scoreAttributions({ text: TEXT, gold: [goldById("E4")], predicted: [prediction] }).pairs[0];
    expect(TEXT.slice(content.end, content.end + 1)).toBe(".");
    expect(score(wider)).toMatchObject({ exact: true });
    expect(score(shorter)).toMatchObject({ exact: false });
    expect(score(shorter).coverage).toBeGreaterThan(0.5);
  });

  it("counts a matched prediction in its gold's category and a spurious one in its own", () => {
    const score = scoreAttributions({
      text: TEXT,
      gold: [goldById("E4")],
      predicted: [copyOf("E4"), predicted("quote", [at("“a good start”")])],
    });
    expect(score.counts.partly).toMatchObject({ gold: 1, predicted: 1, matched: 1 });
    expect(score.counts.direct).toMatchObject({ gold: 0, predicted: 1, matched: 0 });
    expect(score.spurious).toEqual([expect.objectContaining({ id: "quote", category: "direct" })]);
  });

  it("measures speakers over matched attributions with a named source only", () => {
    const score = scoreAttributions({
      text: TEXT,
      gold: GOLD,
      predicted: [
        copyOf("E1", "Dana Quill"),
        copyOf("E2", "City Council"),
        copyOf("E3", "Someone Else"),
        copyOf("E5", "Timothy Varga", ["Varga"]),
        copyOf("E7"),
      ],
    });
    expect(score.counts.all).toMatchObject({ matched: 5, namedSources: 4, speakerRight: 2 });
    expect(
      score.pairs
        .filter((pair) => pair.speakerRight === false)
        .map((pair) => `${pair.gold}:${pair.sourceName}`),
    ).toEqual(["E2:quill", "E7:brook"]);
  });
});
