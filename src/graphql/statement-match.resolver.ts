// whoSaid's answers carry the utterance of the statement they found.
import { FieldResolver, Resolver } from "type-graphql";
import type { UtteranceNode } from "../graph/utterance";
import type { StatementMatch as StatementMatchNode } from "../store/statements";
import { ReportedUtterance } from "./hops";
import { StatementMatch } from "./statement-match.type";
import { Utterance } from "./utterance.type";

@Resolver(() => StatementMatch)
export class StatementMatchResolver {
  @FieldResolver(() => Utterance, {
    nullable: true,
    description: "The utterance the statement reports: its speaker, first appearance and how it spread.",
  })
  utterance(
    @ReportedUtterance((match) => (match as StatementMatchNode).statement.id) utterance: UtteranceNode | null,
  ): UtteranceNode | null {
    return utterance;
  }
}
