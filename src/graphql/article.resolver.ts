import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { ArticleNode } from "../graph/nodes";
import { articlesByIds, listArticles } from "../store/articles";
import { Article } from "./article.type";
import type { GraphQLContext } from "./context";
import { HOPS, relatedStatements } from "./hops";
import { loadOne, nodePrefetch } from "./prefetch";
import { Statement } from "./statement.type";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true })
  article(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadOne(ctx.loaders.article, id, nodePrefetch(ctx, info, "article"), (ids, prefetch) =>
      articlesByIds(ctx.db, ids, prefetch),
    );
  }

  @Query(() => [Article], { description: "Every article, newest first." })
  articles(@Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return listArticles(ctx.db, nodePrefetch(ctx, info, "article"));
  }

  @FieldResolver(() => [Statement])
  statements(@Root() article: ArticleNode, @Ctx() ctx: GraphQLContext) {
    return relatedStatements(ctx, HOPS.statementsOfArticle, article.id);
  }
}
