// "Trump's claim that the election was rigged", "a warning by the agency that …", "X made the promise to …":
// a cue noun with its clause; the source is its possessor, its "by" phrase, or the subject of the verb that
// makes it.
import { CONFIDENCE } from "../marks";
import { cueNounKind } from "../lexicon/cue-nouns";
import { dependentsBy, type Sentence } from "../stages/document";
import { cueRule } from "./rule";
import { clauseContent, subjectOf } from "./syntax";

/** Verbs that make the noun someone's: "made the claim", "issued a warning", "repeated his promise". */
const MAKING_VERBS = new Set([
  "make",
  "issue",
  "repeat",
  "reiterate",
  "offer",
  "give",
  "deliver",
  "voice",
  "release",
  "renew",
  "send",
]);

function sourceOfNoun(sentence: Sentence, noun: number): number | undefined {
  const possessor = dependentsBy(sentence, noun, /^nmod:poss$/)[0];
  if (possessor !== undefined) return possessor;
  const by = dependentsBy(sentence, noun, /^nmod$/).find((child) =>
    sentence.dependents[child].some((word) => /^(?:by|from)$/.test(sentence.tokens[word].lower)),
  );
  if (by !== undefined) return by;
  const verb = sentence.heads[noun];
  if (verb >= 0 && sentence.relations[noun] === "obj" && MAKING_VERBS.has(sentence.tokens[verb].lemma))
    return subjectOf(sentence, verb);
  return undefined;
}

export const cueNounClause = cueRule("cue-noun-clause", (sentence, position) => {
  const token = sentence.tokens[position];
  if (!token.pos.startsWith("NN") || sentence.quotationOf[position] !== undefined) return;
  const kind = cueNounKind(token.lemma);
  if (kind === undefined) return;
  const clause = dependentsBy(sentence, position, /^(?:ccomp|acl)$/).find((child) =>
    sentence.dependents[child].some((word) => /^(?:that|to)$/.test(sentence.tokens[word].lower)),
  );
  if (clause === undefined) return;
  const source = sourceOfNoun(sentence, position);
  if (source === undefined || sentence.quotationOf[source] !== undefined) return;
  const content = clauseContent(sentence, clause);
  if (content === undefined) return;
  return { kind, content, source, confidence: CONFIDENCE.impliedStatement + 0.1 };
});
