// X said (that) …, … , X said. / X told reporters … / X promised to … : a cue verb with its clausal
// complement outside any quotation; the content is the clause (partly quoted when it holds a quotation).
import { CONFIDENCE } from "../marks";
import { dependentsBy, isPunctuation, isVerb, subtree, type Sentence } from "../stages/document";
import { cueRule } from "./rule";
import { mayPrecedeItsSpeaker } from "../lexicon/cue-verbs";
import {
  clauseOverAttribution,
  complementOf,
  contentSpan,
  cueVerbAt,
  hasTense,
  quotingOf,
  participleHolder,
  speakingHolder,
  subjectOf,
  withStrandedTail,
} from "./syntax";

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
    // "…, he said" after the clause is ccomp or parataxis; parataxis after the verb is a new thought —
    // unless nothing sets it off ("told the Post he's received hundreds of emails").
    if (sentence.relations[complement] === "parataxis" && complement > verb) {
      const start = Math.min(...subtree(sentence, complement));
      const between = sentence.tokens.slice(verb + 1, start);
      if (start <= verb || between.some((token) => isPunctuation(token))) return undefined;
    }
    return complement;
  }
  if (INFINITIVE_CUES.has(lemma)) {
    const infinitive = dependentsBy(sentence, verb, /^xcomp$/)[0];
    if (infinitive !== undefined) return infinitive;
  }
  return strandedComplement(sentence, verb);
}

/**
 * A verb with a tense of its own or an auxiliary ("would help"), not a participle ("calling it absurd"); or
 * a predicate whose copula has a tense ("are not perfect").
 */
function isFinite(sentence: Sentence, token: number): boolean {
  const word = sentence.tokens[token];
  if (isVerb(word)) return hasTense(word) || dependentsBy(sentence, token, /^aux/).length > 0;
  return dependentsBy(sentence, token, /^cop$/).some((copula) => hasTense(sentence.tokens[copula]));
}

/**
 * `"Boats in the water" would be appropriate, Ortiz said`: a speech verb after a comma that the parser
 * hung on the clause before it instead of taking that clause as its complement.
 */
function hostClause(sentence: Sentence, verb: number): number | undefined {
  const head = sentence.heads[verb];
  if (head < 0 || head > verb || !/^(?:parataxis|dep)$/.test(sentence.relations[verb])) return undefined;
  if (dependentsBy(sentence, verb, /^nsubj$/).length === 0) return undefined;
  const attribution = subtree(sentence, verb);
  return sentence.tokens[attribution[0] - 1]?.text === "," ? head : undefined;
}

/**
 * "those surveyed say stricter gun laws would help", "said Nunberg was looking for publicity": the parser
 * often takes the clause's subject for the verb's object and leaves the clause's verb as a loose dependent
 * or an open complement after it. Such a verb, with a tense or an auxiliary of its own, is the complement.
 */
function strandedComplement(sentence: Sentence, verb: number): number | undefined {
  const loose = dependentsBy(sentence, verb, /^(?:dep|xcomp)$/).find(
    (token) => token > verb && isFinite(sentence, token),
  );
  if (loose === undefined) return smallClause(sentence, verb);
  const object = dependentsBy(sentence, verb, /^obj$/).find((token) => token > verb && token < loose);
  return object === undefined ? undefined : loose;
}

/**
 * "The poll showed Mr. Trump losing supporters": a participle with its own subject right after the verb,
 * which the parser leaves as a loose dependent, is what was shown.
 */
function smallClause(sentence: Sentence, verb: number): number | undefined {
  return dependentsBy(sentence, verb, /^dep$/).find(
    (token) =>
      token > verb &&
      sentence.tokens[token].pos === "VBG" &&
      dependentsBy(sentence, token, /^nsubj$/).some((subject) => subject > verb && subject < token),
  );
}

export const reportedClause = cueRule("reported-clause", (sentence, position) => {
  const cue = cueVerbAt(sentence, position);
  if (cue === undefined) return;
  const lemma = sentence.tokens[position].lemma;
  const host = cue.speech && mayPrecedeItsSpeaker(lemma) ? hostClause(sentence, position) : undefined;
  const clauseOver = clauseOverAttribution(sentence, position);
  const over = clauseOver !== undefined && isFinite(sentence, clauseOver) ? clauseOver : undefined;
  const complement = complementOrInfinitive(sentence, position, lemma) ?? host ?? over;
  if (complement === undefined) return;
  const misparsed = complement === over;
  // "urged Congress to act": the one urged belongs to what was said (so does a misparsed clause's subject).
  const object =
    /^(?:xcomp|dep)$/.test(sentence.relations[complement]) || misparsed
      ? dependentsBy(sentence, position, /^obj$/)
      : [];
  // A host clause holds the attribution itself ("…, Ortiz said"), which is not what was said.
  const skip =
    host === complement ? subtree(sentence, position) : object.length > 0 && !misparsed ? [] : [position];
  // A misparsed clause over its cue says what follows the cue; the words before are the sentence's own.
  const clause = subtree(sentence, complement, new Set(skip)).filter(
    (token) => !misparsed || token > position,
  );
  if (quotingOf(sentence, clause) === "quoted") return;
  const holder = participleHolder(sentence, position);
  const source =
    subjectOf(sentence, position) ??
    (holder !== undefined && speakingHolder(sentence, holder) ? holder : undefined);
  if (source === undefined || sentence.quotationOf[source] !== undefined) return;
  // A participle inside a noun phrase ("voters saying they … is as high as …") strands nothing: the
  // words after its clause are the sentence's own.
  const described = source === holder;
  const span = contentSpan(
    sentence,
    complement > position && !described ? withStrandedTail(sentence, position, clause) : clause,
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
