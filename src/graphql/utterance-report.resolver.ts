// A report's statement, article and matched statement, batched per request or prefetched with the
// utterance.
import { FieldResolver, Resolver, Root } from "type-graphql";
import type { ArticleNode, StatementNode } from "../graph/nodes";
import type { UtteranceReport as UtteranceReportNode } from "../graph/utterance";
import { Article } from "./article.type";
import { ReportNode } from "./hops";
import { Statement } from "./statement.type";
import { UtteranceReport } from "./utterance-report.type";

function found<T>(what: string, id: string, node: T | null): T {
  if (!node) throw new Error(`an utterance report points at missing ${what} ${id}`);
  return node;
}

@Resolver(() => UtteranceReport)
export class UtteranceReportResolver {
  @FieldResolver(() => Statement)
  statement(
    @Root() report: UtteranceReportNode,
    @ReportNode("statementId") statement: StatementNode | null,
  ): StatementNode {
    return found("statement", report.statementId, statement);
  }

  @FieldResolver(() => Article)
  article(
    @Root() report: UtteranceReportNode,
    @ReportNode("articleId") article: ArticleNode | null,
  ): ArticleNode {
    return found("article", report.articleId, article);
  }

  // The matched statement may have been deleted since: the record of why stays, the link reads null.
  @FieldResolver(() => Statement, { nullable: true })
  matched(@ReportNode("matchedStatementId") matched: StatementNode | null): StatementNode | null {
    return matched;
  }
}
