import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { incoming, links, outgoing } from "../graph/hops";
import { Label, RelationshipType } from "../graph/model";
import type { EntityNode, RoleLink, StrikeLink } from "../graph/nodes";
import type { Neighbour } from "../store/related";
import type { GraphQLContext } from "./context";
import { Entity } from "./entity.interface";
import { asEntities, asRoles, asStrikes, Neighbours } from "./hops";
import { Organization } from "./organization.type";
import { Place } from "./place.type";
import { Role } from "./role.type";
import { Strike } from "./strike.type";

const { HOLDS_ROLE, LOCATED_IN, MEMBER_OF, STRUCK } = RelationshipType;

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Place, { nullable: true })
  country(@Root() organization: EntityNode, @Ctx() { loaders }: GraphQLContext) {
    return organization.country ? loaders.entity.load(organization.country) : null;
  }

  @FieldResolver(() => Place, { nullable: true })
  locatedIn(
    @Neighbours(outgoing(LOCATED_IN, Label.Entity, Label.Entity)) places: Neighbour[],
  ): EntityNode | null {
    return asEntities(places)[0] ?? null;
  }

  @FieldResolver(() => [Role])
  members(
    @Neighbours(links(incoming(HOLDS_ROLE, Label.Entity, Label.Entity))) roles: Neighbour[],
  ): RoleLink[] {
    return asRoles(roles);
  }

  @FieldResolver(() => [Entity])
  memberEntities(
    @Neighbours(incoming(MEMBER_OF, Label.Entity, Label.Entity)) members: Neighbour[],
  ): EntityNode[] {
    return asEntities(members);
  }

  @FieldResolver(() => [Entity])
  memberOf(@Neighbours(outgoing(MEMBER_OF, Label.Entity, Label.Entity)) groups: Neighbour[]): EntityNode[] {
    return asEntities(groups);
  }

  @FieldResolver(() => [Strike])
  strikes(
    @Neighbours(links(outgoing(STRUCK, Label.Entity, Label.Entity))) strikes: Neighbour[],
  ): StrikeLink[] {
    return asStrikes(strikes);
  }
}
