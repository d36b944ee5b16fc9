// `“We deserve better.” ― Ana Ruiz` / `"…" — Sen. Dana Quill, Democrat of Ohio`: a quotation signed with a
// dash and a name, as in readers' comments, epigraphs and round-ups of what people said.
import { StatementKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import { quotationChains, SIGNATURE } from "../stages/quotations";
import { sentenceAt, type ArticleDocument } from "../stages/document";
import type { AttributionRule, Finding } from "./rule";

/** Words of the name before anything else (a role after a comma is the signer's, not the name). */
const MAX_NAME_TOKENS = 5;

export const signedQuotation: AttributionRule = {
  name: "signed-quotation",
  find(document: ArticleDocument) {
    const findings: Finding[] = [];
    for (const parts of quotationChains(document.quotations)) {
      const last = parts[parts.length - 1];
      const dash = SIGNATURE.exec(document.text.slice(last.after));
      if (dash === null) continue;
      const from = last.after + dash[0].length;
      const index = sentenceAt(document, from);
      const sentence = document.sentences[index];
      if (sentence === undefined || sentence.headline || sentence.boilerplate) continue;
      const first = sentence.tokens.findIndex((token) => token.start >= from);
      if (first < 0) continue;
      // The name: capitalised proper nouns from the dash on, to a comma or the end of the line.
      let end = first;
      while (
        end < sentence.tokens.length &&
        end - first < MAX_NAME_TOKENS &&
        /^NNP/.test(sentence.tokens[end].pos) &&
        /^\p{Lu}/u.test(sentence.tokens[end].text)
      )
        end++;
      const next = sentence.tokens[end];
      if (end === first || (next !== undefined && !/^[,.;(]$/.test(next.text))) continue;
      if (!sentence.tokens.slice(first, end).some((token) => token.ner === "PERSON")) continue;
      const opening = sentenceAt(document, parts[0].open);
      findings.push({
        rule: this.name,
        kind: StatementKind.QUOTE,
        direct: true,
        content: parts.map((part) => ({ start: part.start, end: part.end })),
        source: { kind: "phrase", head: { sentence: index, token: end - 1 } },
        sentences: { first: opening < 0 ? index : opening, last: index },
        confidence: CONFIDENCE.namedSpeaker,
      });
    }
    return findings;
  },
};
