// What the entity rules find in a sentence: a mention of a person, organisation, place or facility (or a
// pronoun or a descriptor such as "the ministry" that the discourse resolves later).
import type { EntityType } from "../graph/model";
import type { Span } from "./text";

export type MentionKind = "name" | "pronoun" | "descriptor";

export interface RoleInfo {
  /** As written: "spokesperson", "Deputy Foreign Minister". */
  title: string;
  organization?: Mention;
  /** The words that state the role (evidence of HOLDS_ROLE). */
  span: Span;
}

export interface Mention extends Span {
  kind: MentionKind;
  /** First and last token of the mention in its sentence. */
  firstToken: number;
  lastToken: number;
  /** text.slice(start, end). */
  surface: string;
  type?: EntityType;
  /** PlaceKind, OrganizationKind or FacilityKind. */
  entityKind?: string;
  /** The name a new entity gets ("Ministry of Defense of Russia" for "Russia's Defense Ministry"). */
  name: string;
  /** The name without its country ("Ministry of Defense"), to link "the Defense Ministry" back to it. */
  core: string;
  aliases: string[];
  /** The country or place it belongs to: "Ukraine’s" in "Ukraine’s Armed Forces", "Russian" in "Russian army". */
  scope?: Mention;
  /** The body a source or a sub-body belongs to (MEMBER_OF). */
  parent?: Mention;
  role?: RoleInfo;
  /** A facility named after a place ("Ryazan Oil Refinery" → "Ryazan"). */
  namedAfter?: string;
  anonymous: boolean;
  /** Anonymous sources and informal groups get ids scoped to the article. */
  articleScoped: boolean;
  possessive: boolean;
  /** Pronoun, or the head noun of a descriptor ("source", "ministry", "president"). */
  head?: string;
  /** Countries and "former" qualifying a descriptor ("the former U.S. president"). */
  qualifiers: string[];
  /** Whose unnamed speaker it is: "Varga" in "Varga's office", "his" in "his office". */
  owner?: Mention;
  /** "a resident", "an official": someone new, never an entity the article named before. */
  indefinite?: boolean;
  /** Implied by a title ("Russian Foreign Minister" → the ministry): the surface is the title, not a name. */
  implied?: boolean;
  /** An acronym used as a modifier, or a single unknown word: only kept if the article types it elsewhere. */
  weak: boolean;
  confidence: number;
}

/** A mention the rules infer rather than read ("Government of Russia" for "Moscow said"): no surface of its own. */
export function syntheticMention(fields: Partial<Mention> & Pick<Mention, "name">): Mention {
  return {
    kind: "name",
    start: 0,
    end: 0,
    firstToken: -1,
    lastToken: -1,
    surface: fields.name,
    core: fields.name,
    aliases: [],
    anonymous: false,
    articleScoped: false,
    possessive: false,
    qualifiers: [],
    weak: false,
    confidence: 0.7,
    implied: true,
    ...fields,
  };
}
