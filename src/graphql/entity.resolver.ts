import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver } from "type-graphql";
import { incoming, outgoing } from "../graph/hops";
import { EntityType, Label, RelationshipType } from "../graph/model";
import type { StatementNode } from "../graph/nodes";
import { countEntities, entitiesWithNeighbours, listEntities, resolveEntity } from "../store/entities";
import { mergedInto } from "../store/entity-merges";
import type { Neighbour } from "../store/related";
import { EntityConnection, toConnection } from "./connections";
import type { GraphQLContext } from "./context";
import { EntityFilter } from "./entity-filter.input";
import { EntityMatch } from "./entity-match.type";
import { Entity } from "./entity.interface";
import "./enums";
import { asStatements, Neighbours } from "./hops";
import { checkLimit, checkText } from "./limits";
import { loadOne, nodePrefetch } from "./prefetch";
import { Statement } from "./statement.type";

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => [EntityMatch], {
    description:
      'Canonical entities for a typed name ("Zelensky", "Ukraine\'s president", "SBU", "Moscow"), best ' +
      "first, matched on names and aliases; ties go to the entity that said more.",
  })
  async resolveEntity(
    @Arg("name", () => String) name: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("type", () => EntityType, { nullable: true }) type?: EntityType,
    @Arg("limit", () => Int, { defaultValue: 5 }) limit = 5,
  ) {
    const prefetch = nodePrefetch(ctx, info, ["entity"]);
    const matches = await resolveEntity(
      ctx.db,
      checkText("name", name, 300),
      type ?? null,
      checkLimit(limit),
      prefetch,
    );
    ctx.loaders.prime(matches.map((match) => match.neighbourhood));
    return matches;
  }

  @Query(() => Entity, {
    nullable: true,
    description:
      "An entity by id; the id of an entity merged into another answers the one it was merged into.",
  })
  async entity(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const load = (entityId: string) =>
      loadOne(ctx, ctx.loaders.entity, entityId, nodePrefetch(ctx, info), (ids, prefetch) =>
        entitiesWithNeighbours(ctx.db, ids, prefetch),
      );
    const found = await load(id);
    if (found !== null && found !== undefined) return found;
    const kept = await mergedInto(ctx.db, id);
    return kept === undefined ? null : load(kept);
  }

  @Query(() => EntityConnection, { description: "Entities, filtered and paged (ordered by id)." })
  async entities(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => EntityFilter, { nullable: true }) filter?: EntityFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const { db } = ctx;
    const criteria = filter ?? {};
    const prefetch = nodePrefetch(ctx, info, ["edges", "node"]);
    const page = await listEntities(db, criteria, { first, after }, prefetch);
    ctx.loaders.prime(page.neighbourhoods);
    return toConnection(page, () => countEntities(db, criteria));
  }

  @FieldResolver(() => [Statement])
  statements(
    @Neighbours(outgoing(RelationshipType.SAID, Label.Entity, Label.Statement)) said: Neighbour[],
  ): StatementNode[] {
    return asStatements(said);
  }

  @FieldResolver(() => [Statement])
  mentionedIn(
    @Neighbours(incoming(RelationshipType.MENTIONS, Label.Statement, Label.Entity)) mentioning: Neighbour[],
  ): StatementNode[] {
    return asStatements(mentioning);
  }
}
