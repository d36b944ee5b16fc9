import { StatementKind } from "../../src/graph/model";
import { matchSpeechVerb, speechVerbFormCount } from "../../src/ingest/speech-verbs";

function kindOf(phrase: string): StatementKind | undefined {
  return matchSpeechVerb(phrase.split(" "), 0)?.verb.kind;
}

describe("the speech-verb lexicon", () => {
  it("knows a few hundred verb forms", () => {
    expect(speechVerbFormCount()).toBeGreaterThanOrEqual(300);
  });

  it("inflects regular and irregular verbs", () => {
    for (const form of [
      "say",
      "says",
      "said",
      "saying",
      "told",
      "wrote",
      "denied",
      "replies",
      "admitted",
      "stressing",
    ]) {
      expect(matchSpeechVerb([form], 0)).toBeDefined();
    }
  });

  it("gives each verb the kind of statement it reports", () => {
    expect(kindOf("claimed")).toBe(StatementKind.CLAIM);
    expect(kindOf("reported")).toBe(StatementKind.REPORT);
    expect(kindOf("confirms")).toBe(StatementKind.CONFIRMATION);
    expect(kindOf("announced")).toBe(StatementKind.ANNOUNCEMENT);
    expect(kindOf("estimated")).toBe(StatementKind.ESTIMATE);
    expect(kindOf("dismissed")).toBe(StatementKind.REBUTTAL);
    expect(kindOf("rejecting")).toBe(StatementKind.REBUTTAL);
    expect(kindOf("vowed")).toBe(StatementKind.DECISION);
    expect(kindOf("asked")).toBe(StatementKind.QUESTION);
    expect(kindOf("stressed")).toBe(StatementKind.PARAPHRASE);
    expect(kindOf("understands")).toBe(StatementKind.REPORT);
  });

  it("matches particle verbs as one form", () => {
    const match = matchSpeechVerb(["pointed", "out", "that"], 0);
    expect(match?.verb.lemma).toBe("point out");
    expect(match?.length).toBe(2);
  });

  it("does not take ordinary verbs for speech", () => {
    expect(matchSpeechVerb(["walked"], 0)).toBeUndefined();
    expect(matchSpeechVerb(["struck"], 0)).toBeUndefined();
  });
});
