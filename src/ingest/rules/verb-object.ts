// "Clinton praised the president's decision", "Bush called Trump "unhinged"", "Sanders voted for the bill",
// "she talked about her plans": a stance or speech verb whose object (or prepositional object) is what the
// source said or thought about.
import { StatementKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import { dependentsBy, subtree, type Sentence } from "../stages/document";
import { cueRule } from "./rule";
import { contentSpan, cueVerbAt, participleHolder, subjectOf } from "./syntax";
import { cueVerb } from "../lexicon/cue-verbs";

/** Verbs whose direct object is the content: what is praised, denied, announced, proposed. */
const OBJECT_CONTENT = new Set(
  `support back endorse praise thank criticize criticise blast slam condemn mock ridicule oppose reject dismiss
   deny announce propose offer prefer favor favour defend blame accuse call describe question dispute applaud
   welcome hail decry denounce lament promise predict want demand urge recommend acknowledge admit confirm
   reveal disclose report cite mention discuss address float suggest insult label dub brand show find see
   express highlight note`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs whose prepositional object is the content, with the prepositions that introduce it. */
const PREPOSITIONAL_CONTENT: Readonly<Record<string, readonly string[]>> = {
  vote: ["for", "against"],
  talk: ["about", "of"],
  speak: ["about", "of", "on"],
  comment: ["on"],
  complain: ["about", "of"],
  warn: ["about", "of", "against"],
  write: ["about", "of"],
  tweet: ["about"],
  argue: ["for", "against"],
  push: ["for"],
  call: ["for"],
  campaign: ["for", "against"],
  testify: ["about"],
  joke: ["about"],
  brag: ["about"],
  boast: ["about", "of"],
  worry: ["about"],
  ask: ["about", "for"],
  rail: ["against"],
  lash: ["at"],
  refer: ["to"],
};

function objectContent(sentence: Sentence, verb: number, lemma: string): number[] | undefined {
  if (OBJECT_CONTENT.has(lemma)) {
    const object = dependentsBy(sentence, verb, /^obj$/)[0];
    if (object !== undefined) {
      // "called Trump "unhinged"", "accused him of lying", "credited her with holding", "described it as a
      // disaster": the complement belongs to it.
      const extra = dependentsBy(sentence, verb, /^(?:xcomp|obl|advcl)$/).filter(
        (dependent) =>
          sentence.relations[dependent] === "xcomp" ||
          (dependent > object &&
            sentence.dependents[dependent].some((word) =>
              /^(?:as|of|for|with)$/.test(sentence.tokens[word].lower),
            )),
      );
      return [object, ...extra].flatMap((head) => subtree(sentence, head));
    }
  }
  const prepositions = PREPOSITIONAL_CONTENT[lemma];
  if (prepositions === undefined) return undefined;
  const oblique = dependentsBy(sentence, verb, /^obl$/).find((dependent) =>
    sentence.dependents[dependent].some(
      (word) => sentence.relations[word] === "case" && prepositions.includes(sentence.tokens[word].lower),
    ),
  );
  if (oblique === undefined) return undefined;
  const tokens = subtree(sentence, oblique).filter(
    (token) => !(sentence.relations[token] === "case" && sentence.heads[token] === oblique),
  );
  return tokens;
}

export const verbObject = cueRule("verb-object", (sentence, position) => {
  const token = sentence.tokens[position];
  const lemma = token.lemma.toLowerCase();
  // Stance verbs ("endorsed Cruz", "backs the plan") are cues here only: they have no clause to report.
  if (
    cueVerbAt(sentence, position) === undefined &&
    !OBJECT_CONTENT.has(lemma) &&
    !PREPOSITIONAL_CONTENT[lemma]
  )
    return;
  if (sentence.quotationOf[position] !== undefined || !token.pos.startsWith("VB")) return;
  const tokens = objectContent(sentence, position, lemma);
  if (tokens === undefined || tokens.length === 0) return;
  // "what he calls …", "that Obama mentioned", "spoke on Tuesday": no content of its own.
  if (tokens.every((word) => /^(?:PRP|WP|WDT|DT|IN)/.test(sentence.tokens[word].pos))) return;
  const temporal = (word: number) => /^(?:DATE|TIME)$/.test(sentence.tokens[word].ner);
  if (
    tokens.every((word) => temporal(word) || /^(?:DURATION|O)$/.test(sentence.tokens[word].ner)) &&
    tokens.some(temporal)
  )
    return;
  const source = subjectOf(sentence, position) ?? participleHolder(sentence, position);
  if (source === undefined || sentence.quotationOf[source] !== undefined) return;
  const content = contentSpan(sentence, tokens);
  if (content === undefined) return;
  const kind = cueVerb(token.lemma)?.kind ?? StatementKind.PARAPHRASE;
  return { kind, content, source, confidence: CONFIDENCE.impliedStatement };
});
