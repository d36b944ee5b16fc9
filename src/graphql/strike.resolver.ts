import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { EntityNode, StrikeLink } from "../graph/nodes";
import { countStrikes, listStrikes } from "../store/strikes";
import { StrikeConnection, toConnection } from "./connections";
import type { GraphQLContext } from "./context";
import { Entity } from "./entity.interface";
import { LinkEnd, linkEvidence } from "./hops";
import { linkPrefetch } from "./prefetch";
import { Provenance } from "./provenance.type";
import { StrikeFilter } from "./strike-filter.input";
import { Strike } from "./strike.type";

@Resolver(() => Strike)
export class StrikeResolver {
  @Query(() => StrikeConnection, { description: "Strikes, filtered and paged." })
  async strikes(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => StrikeFilter, { nullable: true }) filter?: StrikeFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const { db } = ctx;
    const criteria = filter ?? {};
    const prefetch = linkPrefetch(ctx, info, ["edges", "node"]);
    const page = await listStrikes(db, criteria, { first, after }, prefetch);
    ctx.loaders.primeLinkEnds(page.neighbourhoods);
    return toConnection(page, () => countStrikes(db, criteria));
  }

  @FieldResolver(() => Entity)
  attacker(@LinkEnd("from") attacker: EntityNode): EntityNode {
    return attacker;
  }

  @FieldResolver(() => Entity)
  target(@LinkEnd("to") target: EntityNode): EntityNode {
    return target;
  }

  @FieldResolver(() => Provenance)
  evidence(@Root() strike: StrikeLink) {
    return linkEvidence(strike);
  }
}
