// Whether two statements report the same words: the pure score behind utterances.
import {
  bestUtteranceMatch,
  GroupingMethod,
  matchUtterance,
  UTTERANCE_MIN_SIMILARITY,
} from "../../src/graph/utterance-match";

const FULL =
  "We are going to rebuild the bridges of this county, and we are going to do it before the winter comes";

describe("matchUtterance", () => {
  it("calls two texts identical when only case, punctuation, quote marks and spacing differ", () => {
    expect(
      matchUtterance(
        `“${FULL}.”`,
        `"we are going to REBUILD the bridges of this county -- and  we are going to do it before the winter comes"`,
      ),
    ).toEqual({
      method: GroupingMethod.IDENTICAL,
      score: 1,
    });
  });

  it("calls a shorter cut that appears unbroken in the other a fragment, whichever comes first", () => {
    const cut = "rebuild the bridges of this county";
    expect(matchUtterance(cut, FULL)).toEqual({ method: GroupingMethod.FRAGMENT, score: 1 });
    expect(matchUtterance(FULL, cut)).toEqual({ method: GroupingMethod.FRAGMENT, score: 1 });
  });

  it("calls a cut with an elision similar, scored by the share of its words found in order", () => {
    const elided = "We are going to rebuild the bridges ... before the winter comes";
    const match = matchUtterance(elided, FULL);
    expect(match?.method).toBe(GroupingMethod.SIMILAR);
    expect(match!.score).toBe(1);
  });

  it("calls a reworded cut similar when most of its words are there, with a score under 1", () => {
    const reworded = "we're going to rebuild the bridges of the county before winter comes";
    const match = matchUtterance(reworded, FULL);
    expect(match?.method).toBe(GroupingMethod.SIMILAR);
    expect(match!.score).toBeGreaterThanOrEqual(UTTERANCE_MIN_SIMILARITY);
    expect(match!.score).toBeLessThan(1);
  });

  it("keeps apart two sentences that share a clause and little else", () => {
    expect(
      matchUtterance(
        "We are going to rebuild the bridges, the schools and the hospitals",
        "We are going to win this election by a lot of votes in November",
      ),
    ).toBeNull();
  });

  it("keeps apart overlapping cuts whose shared part is under the threshold of the shorter", () => {
    expect(
      matchUtterance(
        "We are going to rebuild the bridges of this county",
        "do it before the winter comes and the roads freeze over again this year",
      ),
    ).toBeNull();
  });

  it("does not group short formulas: too few words to tell one occasion from another", () => {
    expect(matchUtterance("Thank you.", "thank you")).toBeNull();
    expect(matchUtterance("We will see.", "We will see what happens with the bridges")).toBeNull();
  });

  it("needs about six content words for a similar match, fewer for an identical or fragment one", () => {
    expect(
      matchUtterance("Make America Great Again", "We are going to make America safe and great again"),
    ).toBeNull();
    expect(matchUtterance("Make America Great Again", "and we will make America great again, folks")).toEqual(
      {
        method: GroupingMethod.FRAGMENT,
        score: 1,
      },
    );
  });

  it("does not take a short quotation whose words lie scattered through a long paragraph", () => {
    const scattered =
      "The bridges are old, the county says, and nobody is rebuilding them soon; the winter will be hard, " +
      "officials warn, and the budget comes up short again";
    expect(matchUtterance("bridges county rebuilding winter budget", scattered)).toBeNull();
  });
});

describe("bestUtteranceMatch", () => {
  const candidates = [
    { id: "similar", text: "we're going to rebuild the bridges of the county before winter comes" },
    { id: "unrelated", text: "The senator will hold a rally in Ohio on Tuesday" },
    { id: "identical", text: FULL.toUpperCase() },
    { id: "fragment", text: "going to rebuild the bridges of this county" },
  ];

  it("prefers the highest score, identical before fragment at the same score", () => {
    const best = bestUtteranceMatch(FULL, candidates, (candidate) => candidate.text);
    expect(best?.candidate.id).toBe("identical");
    expect(best?.match.method).toBe(GroupingMethod.IDENTICAL);
    const withoutIdentical = candidates.filter((candidate) => candidate.id !== "identical");
    expect(bestUtteranceMatch(FULL, withoutIdentical, (candidate) => candidate.text)?.candidate.id).toBe(
      "fragment",
    );
  });

  it("returns null when nothing matches", () => {
    expect(bestUtteranceMatch(FULL, [candidates[1]], (candidate) => candidate.text)).toBeNull();
  });
});
