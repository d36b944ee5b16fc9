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

/** Named-entity classes of a phrase that says when. */
const TIME_EXPRESSION = /^(?:DATE|TIME|DURATION)$/;

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

/**
 * The verb's dependents that go on with what it says of its object: complements, prepositional phrases,
 * adverbs ("nationally"), and the further objects of a list the parser hung on the verb ("questioned
 * his tactics, his qualifications, …").
 */
const WHAT_FOLLOWS_THE_OBJECT = /^(?:obj|iobj|xcomp|ccomp|obl|obl:npmod|advcl|advmod)$/;

/**
 * A verb's object or prepositional object with the complement and what the verb says of it after it:
 * "called Trump "unhinged"", "accused him of lying", "blamed Bush for the crisis", "referred to the
 * islands as bases", "endorsed her in the primary"; when it happened ("on Monday") is not said.
 */
function withWhatFollows(sentence: Sentence, verb: number, head: number): number[] {
  const extra = dependentsBy(sentence, verb, WHAT_FOLLOWS_THE_OBJECT).filter(
    (dependent) =>
      dependent !== head &&
      (sentence.relations[dependent] === "xcomp" ||
        (dependent > head && !TIME_EXPRESSION.test(sentence.tokens[dependent].ner))),
  );
  return [head, ...extra].flatMap((word) => subtree(sentence, word));
}

/** The object (or prepositional object) a verb's content is about, and the content's words. */
function objectContent(
  sentence: Sentence,
  verb: number,
  lemma: string,
): { head: number; tokens: number[] } | undefined {
  if (OBJECT_CONTENT.has(lemma)) {
    const object = dependentsBy(sentence, verb, /^obj$/)[0];
    if (object !== undefined) return { head: object, tokens: withWhatFollows(sentence, verb, object) };
  }
  const prepositions = PREPOSITIONAL_CONTENT[lemma];
  if (prepositions === undefined) return undefined;
  const oblique = dependentsBy(sentence, verb, /^obl$/).find((dependent) =>
    sentence.dependents[dependent].some(
      (word) => sentence.relations[word] === "case" && prepositions.includes(sentence.tokens[word].lower),
    ),
  );
  if (oblique === undefined) return undefined;
  const tokens = withWhatFollows(sentence, verb, oblique).filter(
    (token) => !(sentence.relations[token] === "case" && sentence.heads[token] === oblique),
  );
  return { head: oblique, tokens };
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
  const object = objectContent(sentence, position, lemma);
  if (object === undefined || object.tokens.length === 0) return;
  const { head, tokens } = object;
  // "what he calls …", "that Obama mentioned": no content of its own; nor when it happened ("spoke on
  // Tuesday"), though a date may name what is meant ("called November's election …").
  if (tokens.every((word) => /^(?:PRP|WP|WDT|DT|IN)/.test(sentence.tokens[word].pos))) return;
  if (/^(?:DATE|TIME)$/.test(sentence.tokens[head].ner)) return;
  const source = subjectOf(sentence, position) ?? participleHolder(sentence, position);
  if (source === undefined || sentence.quotationOf[source] !== undefined) return;
  const content = contentSpan(sentence, tokens);
  if (content === undefined) return;
  const kind = cueVerb(token.lemma)?.kind ?? StatementKind.PARAPHRASE;
  return { kind, content, source, confidence: CONFIDENCE.impliedStatement };
});
