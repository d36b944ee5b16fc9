import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { EntityType } from "../graph/model";
import type { EntityNode } from "../graph/nodes";
import { countEntities, entitiesByIds, listEntities, resolveEntity } from "../store/entities";
import { EntityConnection, toConnection } from "./connections";
import type { GraphQLContext } from "./context";
import { EntityFilter } from "./entity-filter.input";
import { EntityMatch } from "./entity-match.type";
import { Entity } from "./entity.interface";
import "./enums";
import { HOPS, relatedStatements } from "./hops";
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
  resolveEntity(
    @Arg("name", () => String) name: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("type", () => EntityType, { nullable: true }) type?: EntityType,
    @Arg("limit", () => Int, { defaultValue: 5 }) limit = 5,
  ) {
    const prefetch = nodePrefetch(ctx, info, "entity", ["entity"]);
    return resolveEntity(ctx.db, checkText("name", name, 300), type ?? null, checkLimit(limit), prefetch);
  }

  @Query(() => Entity, { nullable: true })
  entity(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadOne(ctx.loaders.entity, id, nodePrefetch(ctx, info, "entity"), (ids, prefetch) =>
      entitiesByIds(ctx.db, ids, prefetch),
    );
  }

  @Query(() => EntityConnection, { description: "Entities, filtered and paged (ordered by id)." })
  entities(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => EntityFilter, { nullable: true }) filter?: EntityFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const { db } = ctx;
    const criteria = filter ?? {};
    const prefetch = nodePrefetch(ctx, info, "entity", ["edges", "node"]);
    return listEntities(db, criteria, { first, after }, prefetch).then((page) =>
      toConnection(page, () => countEntities(db, criteria)),
    );
  }

  @FieldResolver(() => [Statement])
  statements(@Root() entity: EntityNode, @Ctx() ctx: GraphQLContext) {
    return relatedStatements(ctx, HOPS.statementsOf, entity.id);
  }

  @FieldResolver(() => [Statement])
  mentionedIn(@Root() entity: EntityNode, @Ctx() ctx: GraphQLContext) {
    return relatedStatements(ctx, HOPS.mentionedIn, entity.id);
  }
}
