// A report's statement, article and matched statement, through the request's loaders.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ArticleNode, StatementNode } from "../graph/nodes";
import type { UtteranceReport as UtteranceReportNode } from "../graph/utterance";
import { Article } from "./article.type";
import type { GraphQLContext } from "./context";
import { Statement } from "./statement.type";
import { UtteranceReport } from "./utterance-report.type";

async function loaded<T>(what: string, id: string, value: Promise<T | null>): Promise<T> {
  const found = await value;
  if (!found) throw new Error(`an utterance report points at missing ${what} ${id}`);
  return found;
}

@Resolver(() => UtteranceReport)
export class UtteranceReportResolver {
  @FieldResolver(() => Statement)
  statement(@Root() report: UtteranceReportNode, @Ctx() { loaders }: GraphQLContext): Promise<StatementNode> {
    return loaded("statement", report.statementId, loaders.statement.load(report.statementId));
  }

  @FieldResolver(() => Article)
  article(@Root() report: UtteranceReportNode, @Ctx() { loaders }: GraphQLContext): Promise<ArticleNode> {
    return loaded("article", report.articleId, loaders.article.load(report.articleId));
  }

  @FieldResolver(() => Statement, { nullable: true })
  matched(
    @Root() report: UtteranceReportNode,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<StatementNode | null> | null {
    // The matched statement may have been deleted since: the record of why stays, the link reads null.
    return report.matchedStatementId === null ? null : loaders.statement.load(report.matchedStatementId);
  }
}
