import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityNode } from "../graph/nodes";
import type { GraphQLContext } from "./context";
import { Entity } from "./entity.interface";
import { HOPS, relatedEntities, roles } from "./hops";
import { Person } from "./person.type";
import { Role } from "./role.type";

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role])
  roles(@Root() person: EntityNode, @Ctx() ctx: GraphQLContext) {
    return roles(ctx, HOPS.rolesHeld, person.id);
  }

  @FieldResolver(() => [Entity])
  memberOf(@Root() person: EntityNode, @Ctx() ctx: GraphQLContext) {
    return relatedEntities(ctx, HOPS.memberOf, person.id);
  }
}
