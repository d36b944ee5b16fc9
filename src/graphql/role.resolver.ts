import { FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityNode, RoleLink } from "../graph/nodes";
import { Entity } from "./entity.interface";
import { LinkEnd } from "./hops";
import { Provenance } from "./provenance.type";
import { Role } from "./role.type";

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => String)
  title(@Root() role: RoleLink): string {
    return role.title ?? "";
  }

  @FieldResolver(() => Entity)
  person(@LinkEnd("from") person: EntityNode): EntityNode {
    return person;
  }

  @FieldResolver(() => Entity)
  organization(@LinkEnd("to") organization: EntityNode): EntityNode {
    return organization;
  }

  @FieldResolver(() => Provenance, { nullable: true })
  evidence(@Root() role: RoleLink) {
    return role.evidence;
  }
}
