// Headlines that attribute: "Poll: Sanders leads in Iowa", "Bellwether County Says Trump Should Win". Title
// case misleads the parser ("Says" as a proper noun), so these read the words, not the parse. A headline is
// terse and may leave out what the body says, so its findings wait for review.
import { StatementKind } from "../../graph/model";
import { cueVerb } from "../lexicon/cue-verbs";
import { isHeadlineLabel } from "../lexicon/boilerplate";
import { CONFIDENCE } from "../marks";
import type { Sentence } from "../stages/document";
import type { AttributionRule, Finding } from "./rule";
import { contentSpan, tokenRange } from "./syntax";

/** A source before the colon or the verb is a name or a short description, not a clause. */
const MAX_SOURCE_TOKENS = 6;

/** The speech verb a headline word is, in any case and in the present or past: "Says", "WARNS", "told". */
function speechVerb(sentence: Sentence, position: number): boolean {
  const token = sentence.tokens[position];
  const lower = token.text.toLowerCase();
  const lemmas = [token.lemma.toLowerCase(), lower, lower.replace(/s$/, ""), lower.replace(/es$/, "")];
  return lemmas.some((lemma) => cueVerb(lemma)?.speech === true);
}

/**
 * Where the source ends and the content begins: a colon, or a speech verb. After a label and its colon
 * ("The Latest: Sanders declares …") the headline proper begins.
 */
function split(sentence: Sentence, from = 0): { source: number[]; content: number[] } | undefined {
  const { tokens } = sentence;
  const limit = Math.min(tokens.length - 2, from + MAX_SOURCE_TOKENS);
  for (let position = from + 1; position <= limit; position++) {
    const colon = tokens[position].text === ":";
    if (!colon && !speechVerb(sentence, position)) continue;
    const source = tokenRange(from, position);
    const content = tokenRange(position + 1, tokens.length);
    const words = source.map((token) => tokens[token].text);
    if (colon && from === 0 && isHeadlineLabel(words.join(" "))) return split(sentence, position + 1);
    // A source is capitalised words ("Clinton camp", "NY Daily News"), never a label ("EXCLUSIVE").
    if (!/^\p{Lu}/u.test(words[0]) || isHeadlineLabel(words.join(" "))) return undefined;
    if (source.some((index) => sentence.quotationOf[index] !== undefined)) return undefined;
    return { source, content };
  }
  return undefined;
}

export const headline: AttributionRule = {
  name: "headline",
  find(document) {
    const findings: Finding[] = [];
    document.sentences.forEach((sentence, index) => {
      if (!sentence.headline || sentence.boilerplate) return;
      const parts = split(sentence);
      if (parts === undefined) return;
      const content = contentSpan(sentence, parts.content);
      if (content === undefined) return;
      findings.push({
        rule: this.name,
        kind: StatementKind.PARAPHRASE,
        direct: false,
        content: [content],
        source: { kind: "phrase", head: { sentence: index, token: parts.source[parts.source.length - 1] } },
        sentences: { first: index, last: index },
        confidence: CONFIDENCE.headlineQuote,
      });
    });
    return findings;
  },
};
