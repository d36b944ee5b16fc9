import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { StrikeLink } from "../graph/nodes";
import { countStrikes, listStrikes } from "../store/strikes";
import { StrikeConnection, toConnection } from "./connections";
import type { GraphQLContext } from "./context";
import { Entity } from "./entity.interface";
import { linkEnd, linkEvidence } from "./hops";
import { linkPrefetch } from "./prefetch";
import { Provenance } from "./provenance.type";
import { StrikeFilter } from "./strike-filter.input";
import { Strike } from "./strike.type";

@Resolver(() => Strike)
export class StrikeResolver {
  @Query(() => StrikeConnection, { description: "Strikes, filtered and paged." })
  strikes(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => StrikeFilter, { nullable: true }) filter?: StrikeFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const { db } = ctx;
    const criteria = filter ?? {};
    const prefetch = linkPrefetch(ctx, info, ["attacker", "target"], ["edges", "node"]);
    return listStrikes(db, criteria, { first, after }, prefetch).then((page) =>
      toConnection(page, () => countStrikes(db, criteria)),
    );
  }

  @FieldResolver(() => Entity)
  attacker(@Root() strike: StrikeLink, @Ctx() ctx: GraphQLContext) {
    return linkEnd(ctx, strike.from);
  }

  @FieldResolver(() => Entity)
  target(@Root() strike: StrikeLink, @Ctx() ctx: GraphQLContext) {
    return linkEnd(ctx, strike.to);
  }

  @FieldResolver(() => Provenance)
  evidence(@Root() strike: StrikeLink) {
    return linkEvidence(strike);
  }
}
