// "According to X, …" / "…, according to an analysis by The Post": the clause is X's; the source is the
// object of "according to".
import { StatementKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import { subtree, type Sentence } from "../stages/document";
import { cueRule } from "./rule";
import { clauseContent, contentSpan, opensSentence, tokenRange, wordTokens } from "./syntax";

/** What may hang on the source without being part of its name: a clause of its own. */
const CLAUSAL = /^(?:nsubj|nsubj:pass|obj|ccomp|xcomp|advcl|parataxis|dep|conj|cc|punct)$/;

/** The last token of "according to X": X with the words that name it, not a clause the parser hung on it. */
function phraseEnd(sentence: Sentence, according: number, source: number): number {
  const clausal = sentence.dependents[source].filter((token) => CLAUSAL.test(sentence.relations[token]));
  return Math.max(
    source,
    ...subtree(sentence, source, new Set(clausal)).filter((token) => token > according),
  );
}

/**
 * "According to early results of exit polls conducted for …, at least 8 in 10 voters feel …": when the
 * parser hangs the whole rest of an opening "according to" sentence on its source, the source ends at
 * its first comma, which is where such a sentence turns to what was said.
 */
function swallowedEnd(sentence: Sentence, according: number, end: number): number {
  if (words(sentence, end + 1, sentence.tokens.length).length > 0) return end;
  const comma = sentence.tokens.findIndex((token, index) => index > according + 2 && token.text === ",");
  return comma > 0 && comma < end ? comma - 1 : end;
}

/** The words of a sentence from token `from` up to `to`, punctuation left out. */
function words(sentence: Sentence, from: number, to: number): number[] {
  return wordTokens(sentence, tokenRange(from, to));
}

export const accordingTo = cueRule("according-to", (sentence, position) => {
  if (sentence.tokens[position].lower !== "according" || sentence.tokens[position + 1]?.lower !== "to")
    return;
  if (sentence.quotationOf[position] !== undefined) return;
  const source = sentence.heads[position];
  if (source < 0) return;
  // At either end of the sentence the rest of it is what was said, however the parser hung it together
  // ("…, according to exit polls." often parses with "polls" as the root).
  // A sentence's opening conjunction ("But according to …") is not part of what was said.
  const opening = opensSentence(sentence, position);
  const phrase = phraseEnd(sentence, position, source);
  const end = opening ? swallowedEnd(sentence, position, phrase) : phrase;
  const after = words(sentence, end + 1, sentence.tokens.length);
  const rest = after.length === 0 ? words(sentence, 0, position) : opening ? after : undefined;
  const clause = sentence.heads[source];
  const content =
    rest !== undefined && rest.length > 0
      ? contentSpan(sentence, rest)
      : clause >= 0
        ? clauseContent(sentence, clause, [source])
        : undefined;
  if (content === undefined) return;
  return { kind: StatementKind.REPORT, content, source, confidence: CONFIDENCE.linkedSpeaker };
});
