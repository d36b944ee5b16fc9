import { FieldResolver, Resolver } from "type-graphql";
import { incoming, links, outgoing } from "../graph/hops";
import { Label, RelationshipType } from "../graph/model";
import type { EntityNode, StrikeLink } from "../graph/nodes";
import type { Neighbour } from "../store/related";
import { Entity } from "./entity.interface";
import { asEntities, asStrikes, ContainingPlaces, Neighbours } from "./hops";
import { Place } from "./place.type";
import { Strike } from "./strike.type";

const { LOCATED_IN, STRUCK } = RelationshipType;

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => Place, { nullable: true })
  locatedIn(
    @Neighbours(outgoing(LOCATED_IN, Label.Entity, Label.Entity)) places: Neighbour[],
  ): EntityNode | null {
    return asEntities(places)[0] ?? null;
  }

  @FieldResolver(() => [Place])
  containedIn(@ContainingPlaces() places: EntityNode[]): EntityNode[] {
    return places;
  }

  @FieldResolver(() => [Entity])
  contains(
    @Neighbours(incoming(LOCATED_IN, Label.Entity, Label.Entity)) contained: Neighbour[],
  ): EntityNode[] {
    return asEntities(contained);
  }

  @FieldResolver(() => [Strike])
  struckBy(
    @Neighbours(links(incoming(STRUCK, Label.Entity, Label.Entity))) strikes: Neighbour[],
  ): StrikeLink[] {
    return asStrikes(strikes);
  }

  @FieldResolver(() => [Strike])
  strikes(
    @Neighbours(links(outgoing(STRUCK, Label.Entity, Label.Entity))) strikes: Neighbour[],
  ): StrikeLink[] {
    return asStrikes(strikes);
  }
}
