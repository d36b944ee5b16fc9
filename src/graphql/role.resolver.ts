import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RoleLink } from "../graph/nodes";
import type { GraphQLContext } from "./context";
import { Entity } from "./entity.interface";
import { linkEnd } from "./hops";
import { Provenance } from "./provenance.type";
import { Role } from "./role.type";

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => String)
  title(@Root() role: RoleLink): string {
    return role.title ?? "";
  }

  @FieldResolver(() => Entity)
  person(@Root() role: RoleLink, @Ctx() ctx: GraphQLContext) {
    return linkEnd(ctx, role.from);
  }

  @FieldResolver(() => Entity)
  organization(@Root() role: RoleLink, @Ctx() ctx: GraphQLContext) {
    return linkEnd(ctx, role.to);
  }

  @FieldResolver(() => Provenance, { nullable: true })
  evidence(@Root() role: RoleLink) {
    return role.evidence;
  }
}
