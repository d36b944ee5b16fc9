// X said (that) …, … , X said. / X told reporters … / X promised to … : a cue verb with its clausal
// complement outside any quotation; the content is the clause (partly quoted when it holds a quotation).
import { StatementKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import { dependentsBy, subtree, type ArticleDocument, type Sentence } from "../stages/document";
import type { AttributionRule, Finding } from "./rule";
import { clauseContent, complementOf, cueVerbAt, quotedShare, quotingOf, subjectOf } from "./syntax";

/** Verbs whose to-infinitive is what they say or intend: "promised to cut taxes", "urged Congress to act". */
const INFINITIVE_CUES = new Set([
  "promise",
  "pledge",
  "vow",
  "threaten",
  "urge",
  "ask",
  "call",
  "plan",
  "want",
  "hope",
  "expect",
  "intend",
  "agree",
  "demand",
  "warn",
  "decide",
  "order",
  "offer",
  "claim",
  "appear",
]);

const DIRECT_SHARE = 0.9;

function complementOrInfinitive(sentence: Sentence, verb: number, lemma: string): number | undefined {
  const complement = complementOf(sentence, verb);
  if (complement !== undefined) {
    // "…, he said" after the clause is ccomp or parataxis; parataxis after the verb is a new thought.
    if (sentence.relations[complement] === "parataxis" && complement > verb) return undefined;
    return complement;
  }
  if (!INFINITIVE_CUES.has(lemma)) return undefined;
  return dependentsBy(sentence, verb, /^xcomp$/)[0];
}

export const reportedClause: AttributionRule = {
  name: "reported-clause",
  find(document: ArticleDocument) {
    const findings: Finding[] = [];
    const quoted = document.quotations.filter((quotation) => quotation.outer === undefined);
    document.sentences.forEach((sentence, index) => {
      if (sentence.headline || sentence.boilerplate) return;
      sentence.tokens.forEach((token, position) => {
        const cue = cueVerbAt(sentence, position);
        if (cue === undefined) return;
        const complement = complementOrInfinitive(sentence, position, token.lemma);
        if (complement === undefined || quotingOf(sentence, subtree(sentence, complement)) === "quoted")
          return;
        const subject = subjectOf(sentence, position);
        if (subject === undefined || sentence.quotationOf[subject] !== undefined) return;
        // "urged Congress to act": the one urged belongs to what was said.
        const object =
          sentence.relations[complement] === "xcomp" ? dependentsBy(sentence, position, /^obj$/) : [];
        const skip = object.length > 0 ? [] : [position];
        const span = clauseContent(sentence, complement, skip);
        if (span === undefined) return;
        const start = object.length > 0 ? Math.min(span.start, sentence.tokens[object[0]].start) : span.start;
        const content = { start, end: span.end };
        const direct = quotedShare(document.text, content, quoted) >= DIRECT_SHARE;
        findings.push({
          rule: this.name,
          kind: direct && cue.kind === StatementKind.PARAPHRASE ? StatementKind.QUOTE : cue.kind,
          direct,
          content: [content],
          cue: { sentence: index, token: position },
          source: { kind: "phrase", head: { sentence: index, token: subject } },
          sentences: { first: index, last: index },
          confidence: cue.speech ? CONFIDENCE.namedSpeaker : CONFIDENCE.linkedSpeaker,
        });
      });
    });
    return findings;
  },
};
