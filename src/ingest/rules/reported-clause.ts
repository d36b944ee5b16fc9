// X said (that) …, … , X said. / X told reporters … / X promised to … : a cue verb with its clausal
// complement outside any quotation; the content is the clause (partly quoted when it holds a quotation).
import { CONFIDENCE } from "../marks";
import { dependentsBy, isVerb, subtree, type Sentence } from "../stages/document";
import { cueRule } from "./rule";
import { complementOf, contentSpan, withStrandedTail, cueVerbAt, quotingOf, subjectOf } from "./syntax";

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
  "refuse",
  "decline",
  "seek",
  "wish",
  "prefer",
]);

function complementOrInfinitive(sentence: Sentence, verb: number, lemma: string): number | undefined {
  const complement = complementOf(sentence, verb);
  if (complement !== undefined) {
    // "…, he said" after the clause is ccomp or parataxis; parataxis after the verb is a new thought.
    if (sentence.relations[complement] === "parataxis" && complement > verb) return undefined;
    return complement;
  }
  if (INFINITIVE_CUES.has(lemma)) {
    const infinitive = dependentsBy(sentence, verb, /^xcomp$/)[0];
    if (infinitive !== undefined) return infinitive;
  }
  return strandedComplement(sentence, verb);
}

/**
 * "those surveyed say stricter gun laws would help": the parser often takes the clause's subject for the
 * verb's object and leaves the clause's verb as a loose dependent after it. Such a verb is the complement.
 */
function strandedComplement(sentence: Sentence, verb: number): number | undefined {
  const loose = dependentsBy(sentence, verb, /^dep$/).find(
    (token) => token > verb && isVerb(sentence.tokens[token]),
  );
  if (loose === undefined) return undefined;
  const object = dependentsBy(sentence, verb, /^obj$/).find((token) => token > verb && token < loose);
  return object === undefined ? undefined : loose;
}

export const reportedClause = cueRule("reported-clause", (sentence, position) => {
  const cue = cueVerbAt(sentence, position);
  if (cue === undefined) return;
  const complement = complementOrInfinitive(sentence, position, sentence.tokens[position].lemma);
  if (complement === undefined || quotingOf(sentence, subtree(sentence, complement)) === "quoted") return;
  const source = subjectOf(sentence, position);
  if (source === undefined || sentence.quotationOf[source] !== undefined) return;
  // "urged Congress to act": the one urged belongs to what was said (so does a misparsed clause's subject).
  const object = /^(?:xcomp|dep)$/.test(sentence.relations[complement])
    ? dependentsBy(sentence, position, /^obj$/)
    : [];
  const clause = subtree(sentence, complement, new Set(object.length > 0 ? [] : [position]));
  const span = contentSpan(
    sentence,
    complement > position ? withStrandedTail(sentence, position, clause) : clause,
  );
  if (span === undefined) return;
  const start =
    object.length > 0
      ? Math.min(span.start, sentence.tokens[subtree(sentence, object[0])[0]].start)
      : span.start;
  return {
    kind: cue.kind,
    content: { start, end: span.end },
    source,
    confidence: cue.speech ? CONFIDENCE.namedSpeaker : CONFIDENCE.linkedSpeaker,
  };
});
