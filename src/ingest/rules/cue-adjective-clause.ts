// "Union leaders remain confident that they can keep their members", "Ortiz is worried that the port will
// close": an adjective of belief or feeling with its clause; the source is its subject.
import { StatementKind } from "../../graph/model";
import { CUE_ADJECTIVES } from "../lexicon/cue-adjectives";
import { CONFIDENCE } from "../marks";
import { dependentsBy, subtree } from "../stages/document";
import { cueRule } from "./rule";
import { clauseContent, quotingOf, subjectOf } from "./syntax";

export const cueAdjectiveClause = cueRule("cue-adjective-clause", (sentence, position) => {
  const token = sentence.tokens[position];
  if (!token.pos.startsWith("JJ") || sentence.quotationOf[position] !== undefined) return;
  if (!CUE_ADJECTIVES.has(token.lemma.toLowerCase())) return;
  const clause = dependentsBy(sentence, position, /^ccomp$/).find((child) => child > position);
  if (clause === undefined || quotingOf(sentence, subtree(sentence, clause)) === "quoted") return;
  const source = subjectOf(sentence, position);
  if (source === undefined || sentence.quotationOf[source] !== undefined) return;
  const content = clauseContent(sentence, clause);
  if (content === undefined) return;
  return { kind: StatementKind.PARAPHRASE, content, source, confidence: CONFIDENCE.impliedStatement };
});
