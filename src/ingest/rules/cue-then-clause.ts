// "Mukasey said the email scandal is only the latest issue." when the parse gets it wrong (the clause as
// the sentence's root, "said" as its subject): a speech verb whose words after it, to the end of the
// sentence, are a clause of their own — they hold a verb — is what was said.
import { StatementKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import { isVerb, type ArticleDocument } from "../stages/document";
import type { AttributionRule, Finding } from "./rule";
import { complementOf, contentSpan, cueVerbAt, quotedShare, subjectOf } from "./syntax";

const FINITE = /^(?:VBZ|VBD|VBP|MD)$/;

export const cueThenClause: AttributionRule = {
  name: "cue-then-clause",
  find(document: ArticleDocument) {
    const findings: Finding[] = [];
    const quoted = document.quotations.filter((quotation) => quotation.outer === undefined);
    document.sentences.forEach((sentence, index) => {
      if (sentence.headline || sentence.boilerplate) return;
      sentence.tokens.forEach((token, position) => {
        const cue = cueVerbAt(sentence, position);
        if (cue === undefined || !cue.speech || complementOf(sentence, position) !== undefined) return;
        const subject = subjectOf(sentence, position);
        if (subject === undefined || subject > position || sentence.quotationOf[subject] !== undefined)
          return;
        // "told reporters": the one told is not what was said.
        let first = position + 1;
        if (sentence.tokens[first]?.pos.startsWith("PRP") || sentence.relations[first] === "iobj") first++;
        if (sentence.tokens[first]?.lower === "that") first++;
        const rest = sentence.tokens.slice(first).map((word) => word.index);
        if (
          rest.length < 3 ||
          sentence.tokens[first] === undefined ||
          !/^[\p{L}\p{N}"“]/u.test(sentence.tokens[first].text)
        )
          return;
        if (!rest.some((word) => FINITE.test(sentence.tokens[word].pos) && isVerb(sentence.tokens[word])))
          return;
        if (
          rest.some(
            (word) =>
              sentence.quotationOf[word] !== undefined &&
              quotedShare(document.text, sentence.tokens[word], quoted) > 0,
          )
        )
          return;
        const content = contentSpan(sentence, rest);
        if (content === undefined) return;
        findings.push({
          rule: this.name,
          kind: cue.kind === StatementKind.PARAPHRASE ? StatementKind.PARAPHRASE : cue.kind,
          direct: false,
          content: [content],
          cue: { sentence: index, token: position },
          source: { kind: "phrase", head: { sentence: index, token: subject } },
          sentences: { first: index, last: index },
          confidence: CONFIDENCE.pronounSpeaker,
        });
      });
    });
    return findings;
  },
};
