import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ArticleNode, SourcedEvidence } from "../graph/nodes";
import { Article } from "./article.type";
import type { GraphQLContext } from "./context";
import { Provenance } from "./provenance.type";

@Resolver(() => Provenance)
export class ProvenanceResolver {
  @FieldResolver(() => Article)
  async article(@Root() evidence: SourcedEvidence, @Ctx() { loaders }: GraphQLContext): Promise<ArticleNode> {
    const article = await loaders.article.load(evidence.articleId);
    if (!article) throw new Error(`evidence points at missing article ${evidence.articleId}`);
    return article;
  }
}
