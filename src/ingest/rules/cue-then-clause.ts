// "Mukasey said the email scandal is only the latest issue." when the parse gets it wrong (the clause as
// the sentence's root, "said" as its subject): a speech verb whose words after it, to the end of the
// sentence, are a clause of their own — they hold a verb — is what was said.
import { CONFIDENCE } from "../marks";
import { cueRule } from "./rule";
import { complementOf, contentSpan, cueVerbAt, hasTense, subjectOf } from "./syntax";

export const cueThenClause = cueRule("cue-then-clause", (sentence, position) => {
  const cue = cueVerbAt(sentence, position);
  if (cue === undefined || complementOf(sentence, position) !== undefined) return;
  // A verb of thought ("hopes his endorsement will help") only with a tense of its own.
  if (!cue.speech && !hasTense(sentence.tokens[position])) return;
  const source = subjectOf(sentence, position);
  if (source === undefined || source > position || sentence.quotationOf[source] !== undefined) return;
  // "told reporters": the one told is not what was said.
  let first = position + 1;
  if (sentence.tokens[first]?.pos === "PRP" || sentence.relations[first] === "iobj") first++;
  if (sentence.tokens[first]?.lower === "that") first++;
  const rest = sentence.tokens.slice(first).map((word) => word.index);
  if (rest.length < 3 || !/^[\p{L}\p{N}]/u.test(sentence.tokens[first].text)) return;
  if (!rest.some((word) => hasTense(sentence.tokens[word]))) return;
  // Quoted words are the quotation rules' to read.
  if (rest.some((word) => sentence.quotationOf[word] !== undefined)) return;
  const content = contentSpan(sentence, rest);
  if (content === undefined) return;
  return { kind: cue.kind, content, source, confidence: CONFIDENCE.pronounSpeaker };
});
