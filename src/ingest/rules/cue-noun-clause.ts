// "Trump's claim that the election was rigged", "a warning by the agency that …", "X made the promise to …":
// a cue noun with its clause; the source is its possessor, its "by" phrase, or the subject of the verb that
// makes it.
import { CONFIDENCE } from "../marks";
import { cueNounKind } from "../lexicon/cue-nouns";
import { dependentsBy, type ArticleDocument, type Sentence } from "../stages/document";
import type { AttributionRule, Finding } from "./rule";
import { clauseContent, quotedShare, subjectOf } from "./syntax";

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

export const cueNounClause: AttributionRule = {
  name: "cue-noun-clause",
  find(document: ArticleDocument) {
    const findings: Finding[] = [];
    const quoted = document.quotations.filter((quotation) => quotation.outer === undefined);
    document.sentences.forEach((sentence, index) => {
      if (sentence.headline || sentence.boilerplate) return;
      sentence.tokens.forEach((token, position) => {
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
        findings.push({
          rule: this.name,
          kind,
          direct: quotedShare(document.text, content, quoted) >= 0.9,
          content: [content],
          cue: { sentence: index, token: position },
          source: { kind: "phrase", head: { sentence: index, token: source } },
          sentences: { first: index, last: index },
          confidence: CONFIDENCE.impliedStatement + 0.1,
        });
      });
    });
    return findings;
  },
};
