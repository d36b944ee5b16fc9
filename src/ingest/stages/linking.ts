// Stage: names to entities. A person's surname links to the full name the article uses, a name the graph
// already knows links to that entity, and everything else becomes an entity whose id comes from its type
// and name alone (the same name in another article gets the same id, never a counter). A name that fits
// several known entities links to one only when the evidence (titles, co-mentions) picks it out; otherwise
// it becomes an entity of this article that waits for review with its candidates, never a guess.
import { appendTo } from "../../collections";
import { EntityType, ID_PREFIX, OrganizationKind, PlaceKind } from "../../graph/model";
import { PROMINENT_IN_ARTICLE, prominentNamesake } from "../../graph/namesakes";
import type { EntityRecord } from "../../seed/records";
import { countryNamed, countryOfMetonym, ofCountry } from "../lexicon/countries";
import { firstNameForms, genderOf, sameGivenNames, type Gender } from "../lexicon/given-names";
import { givenNameFirst, withoutGenerationalSuffix } from "../lexicon/name-suffixes";
import { honorificRulesOut, officeWords } from "../lexicon/titles";
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
  /** Known entities an ambiguous name may be (for a reviewer to pick with mergeEntities). */
  candidates?: string[];
  /** An ambiguous name: the words the article writes before it ("secretary", "mrs"), lower-case. */
  titles?: Set<string>;
  /** An ambiguous name whose candidates are people the article itself names ("Paul": Ryan and Nehlen). */
  candidatesInArticle?: boolean;
}

/** What the graph knows about an entity besides its names: evidence for linking a name to it. */
export interface KnownEvidence {
  /** The titles of the roles it holds ("Secretary of State"). */
  titles?: string[];
  /** Entities named with it before: its statements' mentions, and the speakers that mentioned it. */
  neighbours?: string[];
  /** Ids of entities merged into it (mergeEntities): a name that would get one of them gets this one. */
  mergedIds?: string[];
  /** How many statements it said or is named in: how prominent it is (graph/namesakes). */
  statements?: number;
}

export type KnownEntityWithEvidence = KnownEntity & KnownEvidence;

/** An ambiguous name's own entity is a guess waiting for a maintainer: under REVIEW_THRESHOLD. */
const AMBIGUOUS_NAME_CONFIDENCE = 0.4;

/** Whether the honorific written before a name ("Mrs. Clinton") rules a known person out (lexicon/titles). */
function honorificExcludes(candidate: KnownEntityWithEvidence, mention?: NameMention): boolean {
  const named = candidate.type === EntityType.Person && words(candidate.name).length > 1;
  return honorificRulesOut(mention?.titles ?? [], named ? givenNameOf(candidate.name) : undefined);
}

/** A name's words without initials or a generational suffix: "Joseph R. Biden Jr." → Joseph, Biden. */
function words(name: string): string[] {
  return withoutGenerationalSuffix(name.split(/\s+/).filter((word) => !/^\p{Lu}\.$/u.test(word)));
}

/** "Donald J. Trump" and "Donald Trump" are one person: first and last name, middle initials left out. */
function personKey(name: string): string {
  const parts = words(name);
  return nameKey(parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1]}` : parts.join(" "));
}

function surnameOf(name: string): string {
  const parts = givenNameFirst(words(name));
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

/** The first word of a person's name, lower-case: "Joseph R. Biden Jr." → joseph. */
function givenNameOf(name: string): string {
  return nameKey(givenNameFirst(words(name))[0] ?? name);
}

/**
 * The namesake a lone word ("Trump", "Mr. Trump", "Hillary") means by prominence (graph/namesakes), when
 * titles and co-mentions did not decide. Every known person the word may name counts — by surname, by
 * first name or by an alias; an entity named by the word alone is that same unresolved name, no namesake.
 * The namesake must also have as much title and co-mention evidence as any other.
 */
function prominentOf(
  scored: readonly { candidate: KnownEntityWithEvidence; evidence: number }[],
): KnownEntityWithEvidence | undefined {
  const namesakes = scored.filter(({ candidate }) => words(candidate.name).length > 1);
  const top = prominentNamesake(namesakes, ({ candidate }) => candidate.statements ?? 0);
  return top !== undefined && namesakes.every((other) => other.evidence <= top.evidence)
    ? top.candidate
    : undefined;
}

/**
 * Whether every known person a lone word may name bears it as a first name only ("Hillary" for Hillary
 * Clinton and Hillary Vance): the news names people by a first name alone far less often than by a
 * surname, so such a word links only to a prominent namesake, never to the only one or by co-mentions.
 */
function givenNameOnly(candidates: readonly KnownEntityWithEvidence[], word: string): boolean {
  const people = candidates.filter((candidate) => words(candidate.name).length > 1);
  const forms = new Set(firstNameForms(word));
  return (
    people.length > 0 &&
    people.every((candidate) => surnameOf(candidate.name) !== word && forms.has(givenNameOf(candidate.name)))
  );
}

export class EntityLinker {
  private readonly entities = new Map<string, ArticleEntity>();
  private readonly knownByKey = new Map<string, KnownEntity[]>();
  private readonly knownBySurname = new Map<string, KnownEntity[]>();
  private readonly knownByGivenName = new Map<string, KnownEntity[]>();
  private readonly knownById = new Map<string, KnownEntityWithEvidence>();
  /** Article people by their full-name key, with the sentences each was first and last named in. */
  private readonly people = new Map<
    string,
    { entity: ArticleEntity; firstSentence: number; lastSentence: number }
  >();
  private readonly byMention = new Map<NameMention, ArticleEntity>();
  /** How each known name was linked in this article (type|key → entity). */
  private readonly decisions = new Map<string, ArticleEntity>();
  /** The words this article writes alone as a person's name, lower-case ("Hillary", "Clinton"). */
  private readonly loneNames = new Set<string>();
  /** How often the article's body names each surname, in full or alone: who the article is about. */
  private readonly surnameMentions = new Map<string, number>();
  /** The surnames the article writes anywhere, a family's plural as its surname ("the Clintons"). */
  private readonly surnamesWritten = new Set<string>();

  constructor(
    known: readonly KnownEntityWithEvidence[],
    private readonly articleSlug: string,
    private readonly scopeLabel: string,
  ) {
    for (const entity of known) {
      this.knownById.set(entity.id, entity);
      for (const mergedId of entity.mergedIds ?? []) this.knownById.set(mergedId, entity);
      for (const name of [entity.name, ...entity.aliases]) {
        const key = `${entity.type}|${entity.type === EntityType.Person ? personKey(name) : nameKey(name)}`;
        appendTo(this.knownByKey, key, entity);
      }
      if (entity.type === EntityType.Person && words(entity.name).length > 1) {
        appendTo(this.knownBySurname, surnameOf(entity.name), entity);
        appendTo(this.knownByGivenName, givenNameOf(entity.name), entity);
      }
    }
  }

  /** Links every mention; full names first, so a surname anywhere in the article finds its person. */
  linkAll(mentions: readonly NameMention[]): void {
    const linkOnly = (mention: NameMention) => mention.headline || mention.cited === true;
    for (const mention of mentions) {
      if (mention.type !== EntityType.Person) continue;
      const surname = surnameOf(mention.name);
      this.surnamesWritten.add(surname).add(surname.replace(/e?s$/, ""));
      if (linkOnly(mention)) continue;
      if (words(mention.name).length === 1) this.loneNames.add(nameKey(mention.name));
      this.surnameMentions.set(surname, (this.surnameMentions.get(surname) ?? 0) + 1);
    }
    const body = mentions.filter((mention) => !linkOnly(mention));
    for (const mention of body)
      if (mention.type !== EntityType.Person || words(mention.name).length > 1) this.link(mention);
    for (const mention of body) if (!this.byMention.has(mention)) this.link(mention);
    // Headlines are Title Case ("Poor Mexico", "General Reveals"), and a quotation that is nothing but a name
    // may be a slogan: a name there only links to an entity the body or the graph already has, and never
    // makes one.
    for (const mention of mentions.filter(linkOnly)) {
      const existing = this.existing(mention);
      if (existing !== undefined) {
        existing.aliases.add(mention.name);
        this.byMention.set(mention, existing);
      }
    }
  }

  /** The entity a mention names among those already linked or known, without making one. */
  private existing(mention: NameMention): ArticleEntity | undefined {
    const key = mention.type === EntityType.Person ? personKey(mention.name) : nameKey(mention.name);
    for (const entity of this.entities.values()) {
      if (entity.type !== mention.type) continue;
      const names = [entity.name, ...entity.aliases];
      const keyOf = (name: string) => (entity.type === EntityType.Person ? personKey(name) : nameKey(name));
      if (names.some((name) => keyOf(name) === key)) return entity;
      if (
        entity.type === EntityType.Person &&
        words(mention.name).length === 1 &&
        surnameOf(entity.name) === key
      )
        return entity;
    }
    // "Francois Hollande Says …" over a body that writes "François Hollande": the one person of the
    // article with the surname.
    if (mention.type === EntityType.Person && words(mention.name).length > 1) {
      const surname = surnameOf(mention.name);
      const namesakes = [...this.entities.values()].filter(
        (entity) => entity.type === EntityType.Person && surnameOf(entity.name) === surname,
      );
      if (namesakes.length === 1) return namesakes[0];
    }
    const chosen = this.chooseKnown(this.knownNamed(mention.type, key), mention);
    return chosen !== undefined && chosen !== "ambiguous" ? this.fromKnown(chosen) : undefined;
  }

  /**
   * The known entities of a name key; for a person the graph knows by no such name, those it knows by the
   * name with another form of the first name ("Jim Comey" for James Comey: lexicon/given-names).
   */
  private knownNamed(type: EntityType, key: string): KnownEntityWithEvidence[] {
    const exact = this.knownByKey.get(`${type}|${key}`) ?? [];
    const [first, ...rest] = key.split(" ");
    if (exact.length > 0 || type !== EntityType.Person || rest.length === 0) return exact;
    return sameGivenNames(first).flatMap(
      (form) => this.knownByKey.get(`${type}|${[form, ...rest].join(" ")}`) ?? [],
    );
  }

  /**
   * The known entity a name is, among those it fits: the only one, or the one the evidence picks out —
   * the title written before the name among its roles' titles, and the entities it was named with before
   * among those this article names; for a lone word, failing that, its prominent namesake (a word known
   * people bear as a first name only: that alone). Before all these, a lone first name takes the one
   * namesake of a family the article names, and a lone surname the one namesake whose first name the
   * article writes alone. People an honorific before the name rules out ("Mrs.") are no candidates.
   * "ambiguous" when several fit and the evidence does not decide.
   */
  private chooseKnown(
    candidates: readonly KnownEntityWithEvidence[],
    mention?: NameMention,
    loneWord?: string,
  ): KnownEntityWithEvidence | "ambiguous" | undefined {
    const distinct = [...new Map(candidates.map((candidate) => [candidate.id, candidate])).values()].filter(
      (candidate) => !honorificExcludes(candidate, mention),
    );
    const givenOnly = loneWord !== undefined && givenNameOnly(distinct, loneWord);
    if (distinct.length <= 1 && !givenOnly) return distinct[0];
    const family = givenOnly ? this.ofArticleFamilies(distinct) : [];
    if (family.length === 1) return family[0];
    const kin = givenOnly ? distinct.filter((candidate) => this.kinWrittenAlone(candidate)) : [];
    if (kin.length === 1) return kin[0];
    const firstNamed = distinct.filter((candidate) => this.givenNameWritten(candidate, loneWord));
    if (firstNamed.length === 1) return firstNamed[0];
    const mentionTitles = officeWords(mention?.titles ?? []);
    const articleIds = new Set(this.entities.keys());
    const scored = distinct
      .map((candidate) => {
        const titles = officeWords(candidate.titles ?? []);
        const titleAgrees = [...mentionTitles].some((word) => titles.has(word));
        const named = (candidate.neighbours ?? []).filter((id) => id !== candidate.id && articleIds.has(id));
        return { candidate, evidence: (titleAgrees ? 2 : 0) + named.length };
      })
      .sort((a, b) => b.evidence - a.evidence);
    const [best, second] = scored;
    if (!givenOnly && best.evidence > 0 && best.evidence >= 2 * second.evidence) return best.candidate;
    return (loneWord !== undefined && prominentOf(scored)) || "ambiguous";
  }

  /**
   * "her and Bill's history" in an article that names Hillary Clinton, "Ivanka" in one that names Donald
   * Trump: a first name alone means a namesake of the family the article names, when only one is.
   */
  private ofArticleFamilies(candidates: readonly KnownEntityWithEvidence[]): KnownEntityWithEvidence[] {
    const surnames = new Set([...this.people.values()].map(({ entity }) => surnameOf(entity.name)));
    return candidates.filter(
      (candidate) => words(candidate.name).length > 1 && surnames.has(surnameOf(candidate.name)),
    );
  }

  /**
   * "the prosecution of Bill, Hillary, and Chelsea" in an article about "the Clintons": a first name alone
   * means the namesake whose kin the article also names by a first name alone (known people of their
   * surname), when the article writes the surname and only one namesake's kin are named.
   */
  private kinWrittenAlone(candidate: KnownEntityWithEvidence): boolean {
    if (candidate.type !== EntityType.Person || words(candidate.name).length < 2) return false;
    // The family must be the article's: its surname written too ("the Clintons"), not only first names
    // that any family may share ("Ruth's children, Michael, Stephen, Robin and Bill").
    if (!this.surnamesWritten.has(surnameOf(candidate.name))) return false;
    const given = givenNameOf(candidate.name);
    return (this.knownBySurname.get(surnameOf(candidate.name)) ?? []).some(
      (kin) =>
        kin.id !== candidate.id &&
        kin.type === EntityType.Person &&
        words(kin.name).length > 1 &&
        givenNameOf(kin.name) !== given &&
        this.loneNames.has(givenNameOf(kin.name)),
    );
  }

  /**
   * "Clinton" in an article that also writes "Hillary" alone ("Hillary's Victory Fund", "[Hillary]
   * Clinton"): the namesake whose first name the article writes is named, whatever else the article names.
   */
  private givenNameWritten(candidate: KnownEntityWithEvidence, loneWord?: string): boolean {
    if (loneWord === undefined || candidate.type !== EntityType.Person || words(candidate.name).length < 2)
      return false;
    const given = givenNameOf(candidate.name);
    return given !== loneWord && surnameOf(candidate.name) === loneWord && this.loneNames.has(given);
  }

  /**
   * A name several entities fit (known ones, or people the article names): an entity of this article, for
   * review, with them as candidates.
   */
  private ambiguous(
    mention: NameMention,
    candidates: readonly { id: string }[],
    key: string,
    inArticle = false,
  ): ArticleEntity {
    const id = `${ID_PREFIX[mention.type]}/${slugify(key) || "unnamed"}-${this.articleSlug}`;
    const existing = this.entities.get(id);
    if (existing !== undefined) return existing;
    const entity: ArticleEntity = {
      id,
      type: mention.type,
      name: mention.name,
      aliases: new Set(),
      kind: mention.kind,
      known: false,
      anonymous: false,
      confidence: AMBIGUOUS_NAME_CONFIDENCE,
      candidates: [...new Set(candidates.map((candidate) => candidate.id))].sort(),
      titles: new Set(),
      ...(inArticle ? { candidatesInArticle: true } : {}),
    };
    this.entities.set(id, entity);
    return entity;
  }

  entityOf(mention: NameMention): ArticleEntity | undefined {
    return this.byMention.get(mention);
  }

  get(id: string): ArticleEntity | undefined {
    return this.entities.get(id);
  }

  /**
   * "the Times gave Clinton a glowing endorsement: She knows …": a pronoun standing for a name waiting for
   * review picks out the one candidate of its gender, by first name, as an honorific would ("Mrs.
   * Clinton"); otherwise the name stays for review.
   */
  ofGender(entity: ArticleEntity, gender: Gender): ArticleEntity {
    if (entity.candidates === undefined) return entity;
    const fitting = entity.candidates
      .map((id) => this.knownById.get(id))
      .filter(
        (candidate): candidate is KnownEntityWithEvidence =>
          candidate !== undefined &&
          words(candidate.name).length > 1 &&
          genderOf(givenNameOf(candidate.name)) === gender,
      );
    return fitting.length === 1 ? this.fromKnown(fitting[0]) : entity;
  }

  private link(mention: NameMention): ArticleEntity {
    const entity =
      mention.type === EntityType.Person
        ? this.person(mention)
        : mention.type === EntityType.Place
          ? this.place(mention)
          : this.named(mention.type, mention.name, mention.kind, undefined, mention);
    entity.aliases.add(mention.name);
    // What an ambiguous name is written with is evidence a maintainer (and duplicateCandidates, once the
    // graph knows more) weighs later: "Secretary Clinton".
    if (entity.titles !== undefined) for (const title of mention.titles ?? []) entity.titles.add(title);
    this.byMention.set(mention, entity);
    return entity;
  }

  /**
   * "Clinton's husband, Bill": the first name with the surname of the kin written before it, when the
   * article or the graph knows a person by that name (a wife may keep her own surname: then no such name).
   */
  private kinName(mention: NameMention): string | undefined {
    if (mention.kinSurname === undefined) return undefined;
    const name = `${mention.name} ${mention.kinSurname}`;
    const key = personKey(name);
    return this.people.has(key) || this.knownNamed(EntityType.Person, key).length > 0 ? name : undefined;
  }

  private person(mention: NameMention): ArticleEntity {
    const name = this.kinName(mention) ?? mention.name;
    const parts = words(name);
    if (parts.length > 1) {
      const key = personKey(name);
      const entity =
        this.people.get(key)?.entity ?? this.named(EntityType.Person, name, undefined, key, mention);
      const firstSentence = this.people.get(key)?.firstSentence ?? mention.sentence;
      this.people.set(key, { entity, firstSentence, lastSentence: mention.sentence });
      return entity;
    }
    // A surname alone: the person of the article with that surname, the latest one named. A first name
    // alone (or a form of it: "Bernie" for Bernard): the one person of the article with that first name —
    // of those named in full by then, if any is ("help Ted" after "Ted Cruz", before "Ted Kennedy").
    // Either way the person is the latest named for the next lone surname ("Hillary …, Clinton said").
    const word = nameKey(parts[0]);
    const named = [...this.people.values()];
    const bySurname = named.filter(({ entity }) => surnameOf(entity.name) === word);
    if (bySurname.length > 0) {
      const before = bySurname.filter((candidate) => candidate.lastSentence <= mention.sentence);
      const chosen = (before.length > 0 ? before : bySurname).sort(
        (a, b) => b.lastSentence - a.lastSentence,
      )[0];
      chosen.lastSentence = Math.max(chosen.lastSentence, mention.sentence);
      return chosen.entity;
    }
    const forms = new Set(firstNameForms(word));
    const byGivenName = named.filter(({ entity }) => forms.has(givenNameOf(entity.name)));
    const before = byGivenName.filter((candidate) => candidate.firstSentence <= mention.sentence);
    const fitting = before.length > 0 ? before : byGivenName;
    // "Donald" where the article names Donald Trump and Don Guardian: a first name written as one person's
    // given name is that person, not another's short form of it.
    const exact = fitting.filter(({ entity }) => givenNameOf(entity.name) === word);
    const chosen = new Set(exact.map(({ entity }) => entity)).size === 1 ? exact : fitting;
    const people = [...new Set(chosen.map(({ entity }) => entity))];
    if (people.length === 1) {
      for (const person of chosen) person.lastSentence = Math.max(person.lastSentence, mention.sentence);
      return people[0];
    }
    // Several of the article's people bear it: the one the article is about ("I like Paul" in an article
    // about Paul Ryan that names his challenger Paul Nehlen once), else a name for review.
    const salient = prominentNamesake(
      people,
      (person) => this.surnameMentions.get(surnameOf(person.name)) ?? 0,
      PROMINENT_IN_ARTICLE,
    );
    if (
      salient !== undefined &&
      new Set(people.map((person) => surnameOf(person.name))).size === people.length
    )
      return salient;
    if (people.length > 1) return this.ambiguous(mention, people, word, true);
    const byName = this.knownByKey.get(`${EntityType.Person}|${word}`) ?? [];
    const namesakes = [...forms].flatMap((form) => this.knownByGivenName.get(form) ?? []);
    return (
      this.linkKnown(
        [...byName, ...(this.knownBySurname.get(word) ?? []), ...namesakes],
        word,
        mention,
        word,
      ) ?? this.named(EntityType.Person, mention.name)
    );
  }

  /**
   * The entity a name the graph knows links to: the known one the evidence picks, or, when it picks none
   * of several, the name's own entity for review. Decided once per name and article, so every mention of
   * "Clinton" in one article is the same entity.
   */
  private linkKnown(
    candidates: readonly KnownEntityWithEvidence[],
    key: string,
    mention: NameMention,
    loneWord?: string,
  ): ArticleEntity | undefined {
    const decisionKey = `${mention.type}|${key}`;
    const decided = this.decisions.get(decisionKey);
    if (decided !== undefined) return decided;
    const chosen = this.chooseKnown(candidates, mention, loneWord);
    if (chosen === undefined) return undefined;
    const entity = chosen === "ambiguous" ? this.ambiguous(mention, candidates, key) : this.fromKnown(chosen);
    this.decisions.set(decisionKey, entity);
    return entity;
  }

  private place(mention: NameMention): ArticleEntity {
    const country = countryNamed(mention.name);
    if (country !== undefined) return this.named(EntityType.Place, country.name, PlaceKind.COUNTRY);
    return this.named(EntityType.Place, mention.name, mention.kind);
  }

  /** An entity by type and name: the known one with that name, one of this article's, or a new one. */
  named(type: EntityType, name: string, kind?: string, key?: string, mention?: NameMention): ArticleEntity {
    const lookup = key ?? (type === EntityType.Person ? personKey(name) : nameKey(name));
    const known = this.knownNamed(type, lookup);
    const linked = mention !== undefined ? this.linkKnown(known, lookup, mention) : undefined;
    if (linked !== undefined) return linked;
    // Without a mention there is no evidence to weigh: only a name one known entity has links.
    if (mention === undefined && known.length === 1) return this.fromKnown(known[0]);
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
        ...(entity.candidates !== undefined ? { candidates: entity.candidates } : {}),
        ...(entity.titles !== undefined && entity.titles.size > 0
          ? { titles: [...entity.titles].sort() }
          : {}),
        ...(entity.candidatesInArticle ? { candidatesInArticle: true } : {}),
        ...extractionMarks(entity.confidence),
      }));
  }
}
