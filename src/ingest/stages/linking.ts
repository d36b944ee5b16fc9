// Stage: names to entities. A person's surname links to the full name the article uses, a name the graph
// already knows links to that entity, and everything else becomes an entity whose id comes from its type
// and name alone (the same name in another article gets the same id, never a counter).
import { EntityType, ID_PREFIX, OrganizationKind, PlaceKind } from "../../graph/model";
import type { EntityRecord } from "../../seed/records";
import { countryNamed, countryOfMetonym, ofCountry } from "../gazetteer";
import { CONFIDENCE, extractionMarks } from "../marks";
import { nameKey, slugify } from "../text";
import type { KnownEntity } from "../types";
import type { NameMention } from "./entities";

export interface ArticleEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  kind?: string;
  known: boolean;
  anonymous: boolean;
  confidence: number;
}

function words(name: string): string[] {
  return name.split(/\s+/).filter((word) => !/^\p{Lu}\.$/u.test(word));
}

/** "Donald J. Trump" and "Donald Trump" are one person: first and last name, middle initials left out. */
function personKey(name: string): string {
  const parts = words(name);
  return nameKey(parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1]}` : parts.join(" "));
}

function surnameOf(name: string): string {
  const parts = words(name);
  return nameKey(parts[parts.length - 1] ?? name);
}

/** "Federal Bureau of Investigation" → "FBI". */
function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word) && !/^(?:Of|The|And|For)$/.test(word))
    .map((word) => word[0])
    .join("");
}

export class EntityLinker {
  private readonly entities = new Map<string, ArticleEntity>();
  private readonly knownByKey = new Map<string, KnownEntity[]>();
  private readonly knownBySurname = new Map<string, KnownEntity[]>();
  private readonly knownById = new Map<string, KnownEntity>();
  /** Article people by their full-name key, with the sentence each was last named in. */
  private readonly people = new Map<string, { entity: ArticleEntity; lastSentence: number }>();
  private readonly byMention = new Map<NameMention, ArticleEntity>();

  constructor(
    known: readonly KnownEntity[],
    private readonly articleSlug: string,
    private readonly scopeLabel: string,
  ) {
    for (const entity of known) {
      this.knownById.set(entity.id, entity);
      for (const name of [entity.name, ...entity.aliases]) {
        const key = `${entity.type}|${entity.type === EntityType.Person ? personKey(name) : nameKey(name)}`;
        this.knownByKey.set(key, [...(this.knownByKey.get(key) ?? []), entity]);
      }
      if (entity.type === EntityType.Person && words(entity.name).length > 1) {
        const surname = surnameOf(entity.name);
        this.knownBySurname.set(surname, [...(this.knownBySurname.get(surname) ?? []), entity]);
      }
    }
  }

  /** Links every mention; full names first, so a surname anywhere in the article finds its person. */
  linkAll(mentions: readonly NameMention[]): void {
    const ordered = [...mentions].sort((a, b) => Number(a.headline) - Number(b.headline));
    for (const mention of ordered)
      if (mention.type !== EntityType.Person || words(mention.name).length > 1) this.link(mention);
    for (const mention of ordered) if (!this.byMention.has(mention)) this.link(mention);
  }

  entityOf(mention: NameMention): ArticleEntity | undefined {
    return this.byMention.get(mention);
  }

  get(id: string): ArticleEntity | undefined {
    return this.entities.get(id);
  }

  private link(mention: NameMention): ArticleEntity {
    const entity =
      mention.type === EntityType.Person
        ? this.person(mention)
        : mention.type === EntityType.Place
          ? this.place(mention)
          : this.named(mention.type, mention.name, mention.kind);
    entity.aliases.add(mention.name);
    this.byMention.set(mention, entity);
    return entity;
  }

  private person(mention: NameMention): ArticleEntity {
    const parts = words(mention.name);
    if (parts.length > 1) {
      const key = personKey(mention.name);
      const entity =
        this.people.get(key)?.entity ?? this.named(EntityType.Person, mention.name, undefined, key);
      this.people.set(key, { entity, lastSentence: mention.sentence });
      return entity;
    }
    // A surname (or a first name) alone: the person of the article with that name, the latest one named.
    const word = nameKey(parts[0]);
    const candidates = [...this.people.values()].filter(({ entity }) => {
      const full = words(entity.name).map((part) => nameKey(part));
      return full[full.length - 1] === word || full[0] === word;
    });
    if (candidates.length > 0) {
      const before = candidates.filter((candidate) => candidate.lastSentence <= mention.sentence);
      const chosen = (before.length > 0 ? before : candidates).sort(
        (a, b) => b.lastSentence - a.lastSentence,
      )[0];
      chosen.lastSentence = Math.max(chosen.lastSentence, mention.sentence);
      return chosen.entity;
    }
    const known = this.knownBySurname.get(word);
    if (known !== undefined && known.length === 1) return this.fromKnown(known[0]);
    return this.named(EntityType.Person, mention.name);
  }

  private place(mention: NameMention): ArticleEntity {
    const country = countryNamed(mention.name);
    if (country !== undefined) return this.named(EntityType.Place, country.name, PlaceKind.COUNTRY);
    return this.named(EntityType.Place, mention.name, mention.kind);
  }

  /** An entity by type and name: the known one with that name, one of this article's, or a new one. */
  named(type: EntityType, name: string, kind?: string, key?: string): ArticleEntity {
    const lookup = key ?? (type === EntityType.Person ? personKey(name) : nameKey(name));
    const known = this.knownByKey.get(`${type}|${lookup}`);
    if (known !== undefined && known.length > 0) return this.fromKnown(known[0]);
    if (type === EntityType.Organization && /^\p{Lu}{2,6}$/u.test(name)) {
      const expanded = [...this.entities.values()].find(
        (entity) => entity.type === type && !entity.known && acronymOf(entity.name) === name,
      );
      if (expanded !== undefined) return expanded;
    }
    const id = `${ID_PREFIX[type]}/${slugify(lookup) || "unnamed"}`;
    const existing = this.entities.get(id);
    if (existing !== undefined) return existing;
    // The same slug as a known entity is the same name: link rather than duplicate.
    const knownSameId = this.knownById.get(id);
    if (knownSameId !== undefined) return this.fromKnown(knownSameId);
    const entity: ArticleEntity = {
      id,
      type,
      name: name.replace(/^the\s+/i, (article) => (type === EntityType.Organization ? article : "")),
      aliases: new Set(),
      kind,
      known: false,
      anonymous: false,
      confidence: CONFIDENCE.entityByCue,
    };
    this.entities.set(id, entity);
    return entity;
  }

  /** A speaker the article describes without naming ("a source", "officials"): its own entity in this article. */
  unnamed(label: string, type: EntityType, kind?: string): ArticleEntity {
    const id = `${ID_PREFIX[type]}/${slugify(label, 6)}-${this.articleSlug}`;
    const existing = this.entities.get(id);
    if (existing !== undefined) return existing;
    const entity: ArticleEntity = {
      id,
      type,
      name: `${label} (${this.scopeLabel})`,
      aliases: new Set([label]),
      kind,
      known: false,
      anonymous: true,
      confidence: CONFIDENCE.unnamedSpeaker,
    };
    this.entities.set(id, entity);
    return entity;
  }

  /** "Moscow said", "Ukraine rejected": a country or its capital speaks through its government. */
  governmentOf(name: string): ArticleEntity | undefined {
    const country = countryNamed(name) ?? countryOfMetonym(name);
    if (country === undefined) return undefined;
    return this.named(
      EntityType.Organization,
      `Government of ${ofCountry(country.name)}`,
      OrganizationKind.GOVERNMENT,
    );
  }

  private fromKnown(known: KnownEntity): ArticleEntity {
    const existing = this.entities.get(known.id);
    if (existing !== undefined) return existing;
    const entity: ArticleEntity = {
      id: known.id,
      type: known.type,
      name: known.name,
      aliases: new Set(),
      known: true,
      anonymous: false,
      confidence: CONFIDENCE.linkedSpeaker,
    };
    this.entities.set(known.id, entity);
    return entity;
  }

  /** The records of the article's new entities among `referenced` (known ones are referenced by id only). */
  records(referenced: ReadonlySet<string>): EntityRecord[] {
    return [...this.entities.values()]
      .filter((entity) => !entity.known && referenced.has(entity.id))
      .map((entity) => ({
        id: entity.id,
        type: entity.type,
        name: entity.name,
        aliases: [...entity.aliases].filter((alias) => alias !== entity.name).sort(),
        ...(entity.kind !== undefined && entity.type !== EntityType.Person ? { kind: entity.kind } : {}),
        ...(entity.anonymous ? { anonymous: true } : {}),
        ...extractionMarks(entity.confidence),
      }));
  }
}
