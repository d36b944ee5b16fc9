// "In a Des Moines Register poll, Mr. Cruz had a 10-point lead": a sentence opened by "in" and a survey or
// study, then a comma, reports what that survey found; the rest of the sentence is its finding.
import { StatementKind } from "../../graph/model";
import { FINDING_DOCUMENTS } from "../lexicon/cue-nouns";
import { CONFIDENCE } from "../marks";
import { subtree } from "../stages/document";
import { cueRule } from "./rule";
import { contentSpan, hasTense, opensSentence, tokenRange, wordTokens } from "./syntax";

export const inFindings = cueRule("in-findings", (sentence, position) => {
  const word = sentence.tokens[position];
  if (word.lower !== "in" || sentence.quotationOf[position] !== undefined) return;
  if (!opensSentence(sentence, position)) return;
  const document = sentence.heads[position];
  if (document < 0 || sentence.relations[position] !== "case") return;
  if (!FINDING_DOCUMENTS.has(sentence.tokens[document].lemma.toLowerCase())) return;
  // The phrase ends at the first comma after it ("In a poll released Monday by NBC, …").
  const phrase = subtree(sentence, document);
  const comma = sentence.tokens.findIndex(
    (token, index) => index > Math.max(position, document) && token.text === ",",
  );
  if (comma < 0 || phrase.some((token) => token > comma)) return;
  const rest = wordTokens(sentence, tokenRange(comma + 1, sentence.tokens.length));
  if (!rest.some((token) => hasTense(sentence.tokens[token]))) return;
  const content = contentSpan(sentence, rest);
  if (content === undefined) return;
  return { kind: StatementKind.REPORT, content, source: document, confidence: CONFIDENCE.linkedSpeaker };
});
