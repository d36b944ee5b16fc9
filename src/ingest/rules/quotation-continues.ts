// A quotation that opens a paragraph (or follows one in the same paragraph) with no cue of its own goes on
// with the speaker of the direct quotation just before: "…," she said.¶"And we will keep going."
import { StatementKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import { quotationChains } from "../stages/quotations";
import { sentenceAt, type ArticleDocument } from "../stages/document";
import type { AttributionRule, Finding } from "./rule";
import { quotedShare } from "./syntax";

/** Most of the sentence is the quotation: it is someone's words, not a phrase quoted inside a sentence. */
const MIN_QUOTED_SHARE = 0.7;

export const quotationContinues: AttributionRule = {
  name: "quotation-continues",
  find(document: ArticleDocument) {
    const findings: Finding[] = [];
    for (const parts of quotationChains(document.quotations)) {
      const first = sentenceAt(document, parts[0].open);
      const last = sentenceAt(document, parts[parts.length - 1].after - 1);
      if (first < 0 || last < 0) continue;
      const sentence = document.sentences[first];
      if (sentence.headline || sentence.boilerplate) continue;
      const span = { start: document.sentences[first].start, end: document.sentences[last].end };
      if (quotedShare(document.text, [span], parts) < MIN_QUOTED_SHARE) continue;
      findings.push({
        rule: this.name,
        kind: StatementKind.QUOTE,
        direct: true,
        content: parts.map((part) => ({ start: part.start, end: part.end })),
        source: { kind: "previous-quotation" },
        sentences: { first, last },
        confidence: CONFIDENCE.inheritedQuote,
      });
    }
    return findings;
  },
};
