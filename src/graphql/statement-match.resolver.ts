// whoSaid's answers carry the utterance of the statement they found.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { UtteranceNode } from "../graph/utterance";
import type { StatementMatch as StatementMatchNode } from "../store/statements";
import type { GraphQLContext } from "./context";
import { StatementMatch } from "./statement-match.type";
import { Utterance } from "./utterance.type";

@Resolver(() => StatementMatch)
export class StatementMatchResolver {
  @FieldResolver(() => Utterance, {
    nullable: true,
    description: "The utterance the statement reports: its speaker, first appearance and how it spread.",
  })
  utterance(
    @Root() match: StatementMatchNode,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<UtteranceNode | null> {
    return loaders.utteranceOfStatement.load(match.statement.id);
  }
}
