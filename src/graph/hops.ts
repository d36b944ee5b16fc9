// A hop: one step from a node through one relationship type, in one direction, to its neighbours.
import { Label, RelationshipType, StructuralRelationship } from "./model";

export type Direction = "outgoing" | "incoming";

export interface Hop {
  type: RelationshipType | StructuralRelationship;
  direction: Direction;
  /** Label of the relationship's start node. */
  fromLabel: Label;
  /** Label of the relationship's end node. */
  toLabel: Label;
  /** The relationships themselves are the answer (strikes, roles), not only the nodes at their ends. */
  links?: boolean;
}

/** From a node labelled `fromLabel` along `type` to the `toLabel` nodes it points at. */
export function outgoing(type: Hop["type"], fromLabel: Label, toLabel: Label): Hop {
  return { type, direction: "outgoing", fromLabel, toLabel };
}

/** From a node labelled `toLabel` back along `type` to the `fromLabel` nodes pointing at it. */
export function incoming(type: Hop["type"], fromLabel: Label, toLabel: Label): Hop {
  return { type, direction: "incoming", fromLabel, toLabel };
}

/** The same hop, answered with its relationships (a place's strikes, a person's roles). */
export function links(hop: Hop): Hop {
  return { ...hop, links: true };
}

/** Identifies a hop in caches and batches. */
export function hopKey(hop: Hop): string {
  return `${hop.type}/${hop.direction}/${hop.fromLabel}/${hop.toLabel}${hop.links ? "/links" : ""}`;
}

/** The label of the nodes a hop leads to. */
export function neighbourLabel(hop: Hop): Label {
  return hop.direction === "outgoing" ? hop.toLabel : hop.fromLabel;
}
