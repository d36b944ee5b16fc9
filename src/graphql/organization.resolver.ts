import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityNode } from "../graph/nodes";
import type { GraphQLContext } from "./context";
import { Entity } from "./entity.interface";
import { firstEntity, HOPS, relatedEntities, roles, strikes } from "./hops";
import { Organization } from "./organization.type";
import { Place } from "./place.type";
import { Role } from "./role.type";
import { Strike } from "./strike.type";

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Place, { nullable: true })
  country(@Root() organization: EntityNode, @Ctx() { loaders }: GraphQLContext) {
    return organization.country ? loaders.entity.load(organization.country) : null;
  }

  @FieldResolver(() => Place, { nullable: true })
  locatedIn(@Root() organization: EntityNode, @Ctx() ctx: GraphQLContext) {
    return firstEntity(ctx, HOPS.locatedIn, organization.id);
  }

  @FieldResolver(() => [Role])
  members(@Root() organization: EntityNode, @Ctx() ctx: GraphQLContext) {
    return roles(ctx, HOPS.rolesIn, organization.id);
  }

  @FieldResolver(() => [Entity])
  memberEntities(@Root() organization: EntityNode, @Ctx() ctx: GraphQLContext) {
    return relatedEntities(ctx, HOPS.members, organization.id);
  }

  @FieldResolver(() => [Entity])
  memberOf(@Root() organization: EntityNode, @Ctx() ctx: GraphQLContext) {
    return relatedEntities(ctx, HOPS.memberOf, organization.id);
  }

  @FieldResolver(() => [Strike])
  strikes(@Root() organization: EntityNode, @Ctx() ctx: GraphQLContext) {
    return strikes(ctx, HOPS.strikesBy, organization.id);
  }
}
