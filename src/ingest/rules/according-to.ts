// "According to X, …" / "…, according to an analysis by The Post": the clause is X's; the source is the
// object of "according to".
import { StatementKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import type { ArticleDocument } from "../stages/document";
import type { AttributionRule, Finding } from "./rule";
import { clauseContent, quotedShare } from "./syntax";

export const accordingTo: AttributionRule = {
  name: "according-to",
  find(document: ArticleDocument) {
    const findings: Finding[] = [];
    const quoted = document.quotations.filter((quotation) => quotation.outer === undefined);
    document.sentences.forEach((sentence, index) => {
      if (sentence.headline || sentence.boilerplate) return;
      sentence.tokens.forEach((token, position) => {
        if (token.lower !== "according" || sentence.tokens[position + 1]?.lower !== "to") return;
        if (sentence.quotationOf[position] !== undefined) return;
        const source = sentence.heads[position];
        const clause = source >= 0 ? sentence.heads[source] : -1;
        if (source < 0 || clause < 0) return;
        const content = clauseContent(sentence, clause, [source]);
        if (content === undefined) return;
        findings.push({
          rule: this.name,
          kind: StatementKind.REPORT,
          direct: quotedShare(document.text, content, quoted) >= 0.9,
          content: [content],
          cue: { sentence: index, token: position },
          source: { kind: "phrase", head: { sentence: index, token: source } },
          sentences: { first: index, last: index },
          confidence: CONFIDENCE.linkedSpeaker,
        });
      });
    });
    return findings;
  },
};
