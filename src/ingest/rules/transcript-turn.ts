// Transcripts: "TRUMP: We will win." / "Mr. Pence: …" — a paragraph that opens with a name and a colon.
import { StatementKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import type { ArticleDocument } from "../stages/document";
import type { AttributionRule, Finding } from "./rule";

const MAX_NAME_TOKENS = 4;

export const transcriptTurn: AttributionRule = {
  name: "transcript-turn",
  find(document: ArticleDocument) {
    const findings: Finding[] = [];
    document.sentences.forEach((sentence, index) => {
      const previous = document.sentences[index - 1];
      if (sentence.headline || sentence.boilerplate || previous?.paragraph === sentence.paragraph) return;
      const colon = sentence.tokens.findIndex((token) => token.text === ":");
      if (colon < 1 || colon > MAX_NAME_TOKENS) return;
      const name = sentence.tokens.slice(0, colon);
      if (!name.every((token) => /^\p{Lu}/u.test(token.text) && token.pos.startsWith("NNP"))) return;
      let last = index;
      while (document.sentences[last + 1]?.paragraph === sentence.paragraph) last++;
      const start = sentence.tokens[colon + 1]?.start;
      if (start === undefined) return;
      findings.push({
        rule: this.name,
        kind: StatementKind.QUOTE,
        direct: true,
        content: [{ start, end: document.sentences[last].end }],
        source: { kind: "phrase", head: { sentence: index, token: colon - 1 } },
        sentences: { first: index, last },
        confidence: CONFIDENCE.linkedSpeaker,
      });
    });
    return findings;
  },
};
