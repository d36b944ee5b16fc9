// "According to X, …" / "…, according to an analysis by The Post": the clause is X's; the source is the
// object of "according to".
import { StatementKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import { cueRule } from "./rule";
import { clauseContent } from "./syntax";

export const accordingTo = cueRule("according-to", (sentence, position) => {
  if (sentence.tokens[position].lower !== "according" || sentence.tokens[position + 1]?.lower !== "to")
    return;
  if (sentence.quotationOf[position] !== undefined) return;
  const source = sentence.heads[position];
  const clause = source >= 0 ? sentence.heads[source] : -1;
  if (source < 0 || clause < 0) return;
  const content = clauseContent(sentence, clause, [source]);
  if (content === undefined) return;
  return { kind: StatementKind.REPORT, content, source, confidence: CONFIDENCE.linkedSpeaker };
});
