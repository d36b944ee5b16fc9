import { FieldResolver, Resolver } from "type-graphql";
import { links, outgoing } from "../graph/hops";
import { Label, RelationshipType } from "../graph/model";
import type { EntityNode, RoleLink } from "../graph/nodes";
import type { Neighbour } from "../store/related";
import { Entity } from "./entity.interface";
import { asEntities, asRoles, Neighbours } from "./hops";
import { Person } from "./person.type";
import { Role } from "./role.type";

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role])
  roles(
    @Neighbours(links(outgoing(RelationshipType.HOLDS_ROLE, Label.Entity, Label.Entity))) roles: Neighbour[],
  ): RoleLink[] {
    return asRoles(roles);
  }

  @FieldResolver(() => [Entity])
  memberOf(
    @Neighbours(outgoing(RelationshipType.MEMBER_OF, Label.Entity, Label.Entity)) groups: Neighbour[],
  ): EntityNode[] {
    return asEntities(groups);
  }
}
