import { FieldResolver, Resolver } from "type-graphql";
import { incoming, links, outgoing } from "../graph/hops";
import { Label, RelationshipType, StructuralRelationship } from "../graph/model";
import type { EntityNode, FigureNode, StrikeLink } from "../graph/nodes";
import type { Neighbour } from "../store/related";
import { Facility } from "./facility.type";
import { Figure } from "./figure.type";
import { asEntities, asFigures, asStrikes, ContainingPlaces, Neighbours } from "./hops";
import { Place } from "./place.type";
import { Strike } from "./strike.type";

@Resolver(() => Facility)
export class FacilityResolver {
  @FieldResolver(() => Place, { nullable: true })
  locatedIn(
    @Neighbours(outgoing(RelationshipType.LOCATED_IN, Label.Entity, Label.Entity)) places: Neighbour[],
  ): EntityNode | null {
    return asEntities(places)[0] ?? null;
  }

  @FieldResolver(() => [Place])
  containedIn(@ContainingPlaces() places: EntityNode[]): EntityNode[] {
    return places;
  }

  @FieldResolver(() => [Strike])
  struckBy(
    @Neighbours(links(incoming(RelationshipType.STRUCK, Label.Entity, Label.Entity))) strikes: Neighbour[],
  ): StrikeLink[] {
    return asStrikes(strikes);
  }

  @FieldResolver(() => [Figure])
  figures(
    @Neighbours(outgoing(StructuralRelationship.HAS_FIGURE, Label.Entity, Label.Figure)) figures: Neighbour[],
  ): FigureNode[] {
    return asFigures(figures);
  }
}
