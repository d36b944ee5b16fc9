import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityNode } from "../graph/nodes";
import type { GraphQLContext } from "./context";
import { Facility } from "./facility.type";
import { Figure } from "./figure.type";
import { firstEntity, HOPS, relatedFigures, strikes } from "./hops";
import { Place } from "./place.type";
import { Strike } from "./strike.type";

@Resolver(() => Facility)
export class FacilityResolver {
  @FieldResolver(() => Place, { nullable: true })
  locatedIn(@Root() facility: EntityNode, @Ctx() ctx: GraphQLContext) {
    return firstEntity(ctx, HOPS.locatedIn, facility.id);
  }

  @FieldResolver(() => [Place])
  containedIn(@Root() facility: EntityNode, @Ctx() { loaders }: GraphQLContext) {
    return loaders.containedIn.load(facility.id);
  }

  @FieldResolver(() => [Strike])
  struckBy(@Root() facility: EntityNode, @Ctx() ctx: GraphQLContext) {
    return strikes(ctx, HOPS.strikesOn, facility.id);
  }

  @FieldResolver(() => [Figure])
  figures(@Root() facility: EntityNode, @Ctx() ctx: GraphQLContext) {
    return relatedFigures(ctx, HOPS.figures, facility.id);
  }
}
