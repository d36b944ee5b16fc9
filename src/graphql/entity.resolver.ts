import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { EntityType } from "../graph/model";
import type { EntityNode } from "../graph/nodes";
import { countEntities, listEntities, resolveEntity } from "../store/entities";
import { EntityConnection, toConnection } from "./connections";
import type { GraphQLContext } from "./context";
import { EntityFilter } from "./entity-filter.input";
import { EntityMatch } from "./entity-match.type";
import { Entity } from "./entity.interface";
import "./enums";
import { HOPS, relatedStatements } from "./hops";
import { checkLimit, checkText } from "./limits";
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
    @Ctx() { db }: GraphQLContext,
    @Arg("type", () => EntityType, { nullable: true }) type?: EntityType,
    @Arg("limit", () => Int, { defaultValue: 5 }) limit = 5,
  ) {
    return resolveEntity(db, checkText("name", name, 300), type ?? null, checkLimit(limit));
  }

  @Query(() => Entity, { nullable: true })
  entity(@Arg("id", () => ID) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.entity.load(id);
  }

  @Query(() => EntityConnection, { description: "Entities, filtered and paged (ordered by id)." })
  entities(
    @Ctx() { db }: GraphQLContext,
    @Arg("filter", () => EntityFilter, { nullable: true }) filter?: EntityFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const criteria = filter ?? {};
    return listEntities(db, criteria, { first, after }).then((page) =>
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
