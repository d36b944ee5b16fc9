import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { ArticleNode } from "../graph/nodes";
import { listArticles } from "../store/articles";
import { Article } from "./article.type";
import type { GraphQLContext } from "./context";
import { HOPS, relatedStatements } from "./hops";
import { Statement } from "./statement.type";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true })
  article(@Arg("id", () => ID) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.article.load(id);
  }

  @Query(() => [Article], { description: "Every article, newest first." })
  articles(@Ctx() { db }: GraphQLContext) {
    return listArticles(db);
  }

  @FieldResolver(() => [Statement])
  statements(@Root() article: ArticleNode, @Ctx() ctx: GraphQLContext) {
    return relatedStatements(ctx, HOPS.statementsOfArticle, article.id);
  }
}
