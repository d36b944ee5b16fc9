// Turns mentions into entity ids: links to known entities (alias, case-insensitive, surname, possessive and
// curly-apostrophe variants), links to entities the article already introduced, or creates new ones.
import type { EntityRecord } from "../seed/records";
import { EntityType, ID_PREFIX, OrganizationKind, PlaceKind } from "../graph/model";
import { CONFIDENCE, extractionMarks } from "./marks";
import type { Mention } from "./mention";
import { nameKey, slugify } from "./text";
import type { KnownEntity } from "./types";

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  /** Linked to an entity of the existing graph rather than created. */
  known: boolean;
  confidence: number;
}

/** What the discourse needs to know about an entity to resolve "the ministry" or "he" to it. */
export interface EntityProfile {
  id: string;
  type: EntityType;
  kind?: string;
  /** Lower-case words of its name and titles (not of every alias: "Foreign Ministry spokesperson X" is no ministry). */
  words: ReadonlySet<string>;
  /** The country it belongs to, by name. */
  scopeName?: string;
  anonymous: boolean;
  former: boolean;
  /** A group referred to as "they" ("officials", "the police"), not "it". */
  plural: boolean;
}

/** An entity the article describes but does not name ("officials", "a resident", "the regional council"). */
export interface UnnamedEntity {
  /** "regional council", "resident". */
  name: string;
  /** As written: "the regional council", "a resident". */
  alias: string;
  type: EntityType;
  kind?: string;
  plural: boolean;
  /** "a resident": someone new, even when the article has quoted a resident before. */
  distinct: boolean;
  confidence: number;
}

interface DraftEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind?: string;
  anonymous: boolean;
  confidence: number;
  core: string;
  scopeName?: string;
  titles: string[];
  former: boolean;
  plural: boolean;
  /** Named in the text rather than implied by a title ("Russian Foreign Minister" implies a ministry). */
  explicit: boolean;
  order: number;
}

interface ResolveOptions {
  /** The type to assume for an untyped word the article never types (a speaker is an organisation). */
  defaultType?: EntityType;
}

function surname(name: string): string {
  const words = name.split(/\s+/);
  return nameKey(words[words.length - 1]);
}

function keysOf(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.trim().length > 0).map(nameKey))];
}

export class EntityRegistry {
  private readonly drafts = new Map<string, DraftEntity>();
  private readonly draftIdsByKey = new Map<string, string[]>();
  private readonly knownById = new Map<string, KnownEntity>();
  private readonly knownByKey = new Map<string, KnownEntity[]>();
  private readonly linkedKnown = new Map<string, string>();
  private readonly typeBySurface = new Map<string, EntityType>();
  /** The type a name gets from an explicit cue somewhere in the article (a head word, a title, "told the"). */
  private readonly cuedTypeBySurface = new Map<string, EntityType>();
  private order = 0;

  constructor(
    known: readonly KnownEntity[],
    private readonly articleSlug: string,
  ) {
    for (const entity of known) {
      this.knownById.set(entity.id, entity);
      for (const key of keysOf([entity.name, ...entity.aliases])) {
        const list = this.knownByKey.get(key) ?? [];
        list.push(entity);
        this.knownByKey.set(key, list);
      }
    }
  }

  /** First pass over the article: how it types each surface, so a bare "Pokrovsk" is a place everywhere. */
  noteTypes(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      if (mention.kind !== "name" || mention.type === undefined || mention.weak) continue;
      for (const key of new Set([nameKey(mention.surface), nameKey(mention.name)])) {
        this.typeBySurface.set(key, mention.type);
        // "told the Eastgate Monitor" types the name better than its shape does in "The Eastgate Monitor could …".
        const cued = this.cuedTypeBySurface.get(key);
        if (mention.confidence >= CONFIDENCE.entityByCue && (cued === undefined || cued === mention.type))
          this.cuedTypeBySurface.set(key, mention.type);
      }
    }
    for (const mention of mentions) {
      // Facilities are named after where they are: "Ryazan Oil Refinery" makes "Ryazan" a place.
      if (mention.namedAfter === undefined) continue;
      const key = nameKey(mention.namedAfter);
      if (!this.typeBySurface.has(key)) this.typeBySurface.set(key, EntityType.Place);
    }
  }

  typeOfSurface(surface: string): EntityType | undefined {
    return this.typeBySurface.get(nameKey(surface));
  }

  resolve(mention: Mention, options: ResolveOptions = {}): ResolvedEntity | undefined {
    if (mention.kind !== "name") return undefined;
    // "Trehubov", "President Zelensky": a surname alone links to the full name given earlier.
    const personalName = mention.type === EntityType.Person ? mention.name : mention.surface;
    const single = !/\s/.test(personalName.trim());
    if (single && (mention.type === undefined || mention.type === EntityType.Person)) {
      const bySurname = this.personBySurname(nameKey(personalName));
      if (bySurname !== undefined) return bySurname;
    }
    const cued = this.cuedTypeBySurface.get(nameKey(mention.surface));
    const guessed = mention.confidence < CONFIDENCE.entityByCue && !mention.articleScoped;
    const type =
      (guessed ? cued : undefined) ??
      mention.type ??
      this.typeBySurface.get(nameKey(mention.surface)) ??
      options.defaultType;
    if (type === undefined) return undefined;
    const keys = keysOf(namesOf(mention));

    const known = this.findKnown(keys, type);
    if (known !== undefined)
      return { id: known.id, type: known.type, known: true, confidence: CONFIDENCE.linkedSpeaker };

    const draft = this.findDraft(keys, type) ?? this.findDraftByCore(mention, type);
    if (draft !== undefined) {
      this.addAliases(draft, mention);
      if (!mention.weak) draft.explicit ||= !isImplied(mention);
      return { id: draft.id, type: draft.type, known: false, confidence: draft.confidence };
    }
    // A weak mention (an acronym used as a modifier, a lone unknown word) only links to what exists,
    // unless the article types the word elsewhere or the caller knows its role (a speaker).
    const typedElsewhere = this.typeBySurface.has(nameKey(mention.surface));
    const onlyLinks =
      mention.weak && options.defaultType === undefined && (mention.type !== undefined || !typedElsewhere);
    return onlyLinks ? undefined : this.create(mention, type);
  }

  /** A speaker only a descriptor names ("officials", "the investigation", "a resident"): scoped to the article. */
  createUnnamed(unnamed: UnnamedEntity): ResolvedEntity {
    const { type, name, alias } = unnamed;
    const existing = unnamed.distinct ? undefined : this.findDraft(keysOf([alias, name]), type);
    if (existing !== undefined)
      return { id: existing.id, type, known: false, confidence: existing.confidence };
    const id = this.uniqueId(`${ID_PREFIX[type]}/${slugify(name)}-${this.articleSlug}`);
    const draft: DraftEntity = {
      id,
      type,
      name,
      aliases: [alias],
      kind: unnamed.kind,
      anonymous: true,
      confidence: unnamed.confidence,
      core: name,
      titles: [],
      former: false,
      plural: unnamed.plural,
      explicit: true,
      order: this.order++,
    };
    this.store(draft);
    return { id, type, known: false, confidence: draft.confidence };
  }

  /** Records an alias a descriptor gave a resolved entity ("the source", "the U.S. president"). */
  addAlias(id: string, alias: string): void {
    const draft = this.drafts.get(id);
    if (draft === undefined || nameKey(alias) === nameKey(draft.name)) return;
    if (!draft.aliases.includes(alias)) draft.aliases.push(alias);
    this.index(nameKey(alias), id);
  }

  profile(id: string): EntityProfile | undefined {
    const draft = this.drafts.get(id);
    if (draft !== undefined) {
      const words = new Set<string>();
      const sources = [
        draft.name,
        ...draft.titles,
        ...(draft.type === EntityType.Person ? [] : draft.aliases),
      ];
      for (const source of sources)
        for (const word of source.toLowerCase().split(/[^\p{L}.]+/u)) if (word) words.add(word);
      return {
        id,
        type: draft.type,
        kind: draft.kind,
        words,
        scopeName: draft.scopeName,
        anonymous: draft.anonymous,
        former: draft.former,
        plural: draft.plural,
      };
    }
    const known = this.knownById.get(id);
    if (known === undefined) return undefined;
    const words = new Set(
      [known.name, ...known.aliases]
        .flatMap((value) => value.toLowerCase().split(/[^\p{L}.]+/u))
        .filter(Boolean),
    );
    return { id, type: known.type, words, anonymous: false, former: false, plural: false };
  }

  /** The article's place named `name` (to place a facility named after it). */
  placeNamed(name: string): string | undefined {
    const ids = this.draftIdsByKey.get(nameKey(name)) ?? [];
    const draftId = ids.find((id) => this.drafts.get(id)?.type === EntityType.Place);
    if (draftId !== undefined) return draftId;
    return this.findKnown([nameKey(name)], EntityType.Place)?.id;
  }

  kindOf(id: string): string | undefined {
    return this.drafts.get(id)?.kind;
  }

  nameOf(id: string): string | undefined {
    return this.drafts.get(id)?.name ?? this.knownById.get(id)?.name;
  }

  typeOf(id: string): EntityType | undefined {
    return this.drafts.get(id)?.type ?? this.knownById.get(id)?.type;
  }

  records(): EntityRecord[] {
    return [...this.drafts.values()]
      .sort((a, b) => a.order - b.order)
      .map((draft) => {
        const aliases = draft.aliases.filter((alias) => alias !== draft.name && alias.trim().length > 0);
        const record: EntityRecord = {
          id: draft.id,
          type: draft.type,
          name: draft.name,
          aliases: [...new Set(aliases)],
          kind: draft.kind ?? null,
          ...extractionMarks(draft.confidence),
        };
        if (draft.anonymous) record.anonymous = true;
        return record;
      });
  }

  // -------------------------------------------------------------------------------------------- internals

  private personBySurname(key: string): ResolvedEntity | undefined {
    const drafts = [...this.drafts.values()]
      .filter((draft) => draft.type === EntityType.Person && !draft.anonymous && draft.name.includes(" "))
      .filter((draft) => surname(draft.name) === key)
      .sort((a, b) => b.order - a.order);
    if (drafts[0] !== undefined) {
      return {
        id: drafts[0].id,
        type: EntityType.Person,
        known: false,
        confidence: CONFIDENCE.linkedSpeaker,
      };
    }
    const linked = this.linkedKnown.get(`surname:${key}`);
    if (linked !== undefined)
      return { id: linked, type: EntityType.Person, known: true, confidence: CONFIDENCE.linkedSpeaker };
    const known = [...this.knownById.values()].filter(
      (entity) => entity.type === EntityType.Person && surname(entity.name) === key,
    );
    if (known.length === 1) {
      this.linkedKnown.set(`surname:${key}`, known[0].id);
      return { id: known[0].id, type: EntityType.Person, known: true, confidence: CONFIDENCE.linkedSpeaker };
    }
    return undefined;
  }

  private findKnown(keys: readonly string[], type: EntityType): KnownEntity | undefined {
    for (const key of keys) {
      const candidates = (this.knownByKey.get(key) ?? []).filter((entity) => entity.type === type);
      if (candidates.length > 0) return candidates[0];
    }
    return undefined;
  }

  private findDraft(keys: readonly string[], type: EntityType): DraftEntity | undefined {
    for (const key of keys) {
      const ids = this.draftIdsByKey.get(key) ?? [];
      const matches = ids
        .map((id) => this.drafts.get(id))
        .filter((draft) => draft?.type === type) as DraftEntity[];
      if (matches.length > 0) return matches.sort((a, b) => b.order - a.order)[0];
    }
    return undefined;
  }

  /** "the Defense Ministry" after "Russia's Defense Ministry": same name without a country, or the same country. */
  private findDraftByCore(mention: Mention, type: EntityType): DraftEntity | undefined {
    if (type === EntityType.Person || mention.articleScoped) return undefined;
    const core = nameKey(mention.core);
    const scopeName = mention.scope?.name;
    const candidates = [...this.drafts.values()].filter(
      (draft) =>
        draft.type === type &&
        nameKey(draft.core) === core &&
        (scopeName === undefined || draft.scopeName === undefined || draft.scopeName === scopeName),
    );
    const byCore =
      candidates.sort((a, b) => Number(b.explicit) - Number(a.explicit) || b.order - a.order)[0] ??
      this.findDraftByHeadWord(core, type);
    return byCore ?? (type === EntityType.Facility ? this.findFacilityByShortName(mention) : undefined);
  }

  /** "Party leader X" after "the Green Party": a bare head word is the latest organisation it heads. */
  private findDraftByHeadWord(core: string, type: EntityType): DraftEntity | undefined {
    if (type !== EntityType.Organization || /\s/.test(core)) return undefined;
    const matches = [...this.drafts.values()].filter(
      (draft) =>
        draft.type === type && nameKey(draft.core).split(" ").pop() === core && nameKey(draft.core) !== core,
    );
    return matches.sort((a, b) => b.order - a.order)[0];
  }

  /** "the Kremniy plant" after "the Kremniy EL microelectronics plant": same first word, same head word. */
  private findFacilityByShortName(mention: Mention): DraftEntity | undefined {
    const words = mention.name.split(/\s+/);
    if (words.length < 2) return undefined;
    const first = nameKey(words[0]);
    const head = nameKey(words[words.length - 1]);
    const matches = [...this.drafts.values()].filter((draft) => {
      const draftWords = draft.name.split(/\s+/);
      return (
        draft.type === EntityType.Facility &&
        draftWords.length > words.length &&
        nameKey(draftWords[0]) === first &&
        nameKey(draftWords[draftWords.length - 1]) === head
      );
    });
    return matches.length === 1 ? matches[0] : undefined;
  }

  private create(mention: Mention, type: EntityType): ResolvedEntity {
    const baseName = mention.name.replace(/^the\s+/i, "");
    const slug = slugify(baseName) || slugify(mention.surface) || "unnamed";
    const scoped = mention.articleScoped ? `-${this.articleSlug}` : "";
    const id = this.uniqueId(`${ID_PREFIX[type]}/${slug}${scoped}`);
    const draft: DraftEntity = {
      id,
      type,
      name: type === EntityType.Person || type === EntityType.Place ? baseName : mention.name,
      aliases: [],
      kind: mention.entityKind,
      anonymous: mention.anonymous,
      confidence: mention.confidence,
      core: mention.core,
      scopeName: mention.scope?.name,
      titles: mention.role !== undefined ? [mention.role.title] : [],
      former: mention.qualifiers.includes("former"),
      // "police sources", "Russian Telegram channels" are "they"; "the investigation" is "it".
      plural: mention.entityKind === OrganizationKind.GROUP && /s$/.test(baseName),
      explicit: !isImplied(mention),
      order: this.order++,
    };
    this.store(draft);
    this.addAliases(draft, mention);
    return { id, type, known: false, confidence: draft.confidence };
  }

  private uniqueId(candidate: string): string {
    let id = candidate;
    for (let n = 2; this.drafts.has(id) || this.knownById.has(id); n++) id = `${candidate}-${n}`;
    return id;
  }

  private store(draft: DraftEntity): void {
    this.drafts.set(draft.id, draft);
    for (const key of keysOf([draft.name, ...draft.aliases])) this.index(key, draft.id);
  }

  private addAliases(draft: DraftEntity, mention: Mention): void {
    const forms = isImplied(mention) ? mention.aliases : [mention.surface, ...mention.aliases];
    for (const form of forms) {
      const alias = form.trim();
      // "Name, the chief at X" describes the entity; only names are aliases.
      if (alias.length === 0 || alias.includes(",") || alias === draft.name || draft.aliases.includes(alias))
        continue;
      draft.aliases.push(alias);
    }
    for (const key of keysOf(namesOf(mention))) this.index(key, draft.id);
    if (mention.role !== undefined && !draft.titles.includes(mention.role.title))
      draft.titles.push(mention.role.title);
    if (mention.qualifiers.includes("former")) draft.former = true;
    draft.scopeName ??= mention.scope?.name;
    if (draft.kind === undefined && mention.entityKind !== undefined) draft.kind = mention.entityKind;
    draft.confidence = Math.max(draft.confidence, mention.confidence);
    if (draft.type === EntityType.Place && draft.kind === PlaceKind.COUNTRY) draft.scopeName = draft.name;
  }

  private index(key: string, id: string): void {
    const ids = this.draftIdsByKey.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    this.draftIdsByKey.set(key, ids);
  }
}

/** The names a mention gives its entity: an implied mention's surface is a title, not a name. */
function namesOf(mention: Mention): string[] {
  return isImplied(mention)
    ? [mention.name, ...mention.aliases]
    : [mention.surface, mention.name, ...mention.aliases];
}

/** A mention implied by a title ("Russian Foreign Minister" → the ministry): its surface is the title, not a name. */
export function isImplied(mention: Mention): boolean {
  return mention.implied === true;
}
