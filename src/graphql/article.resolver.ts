import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver } from "type-graphql";
import { incoming } from "../graph/hops";
import { Label, StructuralRelationship } from "../graph/model";
import type { StatementNode } from "../graph/nodes";
import { articlesWithNeighbours, listArticles } from "../store/articles";
import type { Neighbour } from "../store/related";
import { Article } from "./article.type";
import type { GraphQLContext } from "./context";
import { asStatements, Neighbours } from "./hops";
import { loadOne, nodePrefetch } from "./prefetch";
import { Statement } from "./statement.type";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true })
  article(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadOne(ctx, ctx.loaders.article, id, nodePrefetch(ctx, info), (ids, prefetch) =>
      articlesWithNeighbours(ctx.db, ids, prefetch),
    );
  }

  @Query(() => [Article], { description: "Every article, newest first." })
  async articles(@Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const { items, neighbourhoods } = await listArticles(ctx.db, nodePrefetch(ctx, info));
    ctx.loaders.prime(neighbourhoods);
    return items;
  }

  @FieldResolver(() => [Statement])
  statements(
    @Neighbours(incoming(StructuralRelationship.REPORTED_IN, Label.Statement, Label.Article))
    reported: Neighbour[],
  ): StatementNode[] {
    return asStatements(reported);
  }
}
