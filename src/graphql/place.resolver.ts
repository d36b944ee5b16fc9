import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityNode } from "../graph/nodes";
import type { GraphQLContext } from "./context";
import { Entity } from "./entity.interface";
import { firstEntity, HOPS, relatedEntities, strikes } from "./hops";
import { Place } from "./place.type";
import { Strike } from "./strike.type";

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => Place, { nullable: true })
  locatedIn(@Root() place: EntityNode, @Ctx() ctx: GraphQLContext) {
    return firstEntity(ctx, HOPS.locatedIn, place.id);
  }

  @FieldResolver(() => [Place])
  containedIn(@Root() place: EntityNode, @Ctx() { loaders }: GraphQLContext) {
    return loaders.containedIn.load(place.id);
  }

  @FieldResolver(() => [Entity])
  contains(@Root() place: EntityNode, @Ctx() ctx: GraphQLContext) {
    return relatedEntities(ctx, HOPS.contains, place.id);
  }

  @FieldResolver(() => [Strike])
  struckBy(@Root() place: EntityNode, @Ctx() ctx: GraphQLContext) {
    return strikes(ctx, HOPS.strikesOn, place.id);
  }

  @FieldResolver(() => [Strike])
  strikes(@Root() place: EntityNode, @Ctx() ctx: GraphQLContext) {
    return strikes(ctx, HOPS.strikesBy, place.id);
  }
}
