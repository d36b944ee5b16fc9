// Stage: what the sentences state about the world besides speech — strikes ("Russian forces struck the
// refinery", "the plant was hit by drones"), where places and facilities lie ("Dallas, Texas", "the
// refinery in Ryazan", "Ukraine's Kharkiv"), and the roles a speaker's description gives ("the group's
// president, Mike Shields"). Ends are entities of the article; every finding keeps its sentence as evidence.
import { EntityType, OrganizationKind, RelationshipType } from "../../graph/model";
import { countryOfDemonym, ofCountry } from "../lexicon/countries";
import { CONFIDENCE } from "../marks";
import { isRoleWord } from "../lexicon/titles";
import { ARMY_NOUNS, LAUNCH_TARGET_PREPOSITIONS, STRIKE_VERBS, WEAPON_NOUNS } from "../lexicon/strike-words";
import type { Span } from "../text";
import { dependentsBy, isVerb, type ArticleDocument, type Sentence } from "./document";
import { nameAt, type NameMention } from "./entities";
import type { ArticleEntity, EntityLinker } from "./linking";
import type { ResolvedSpeaker } from "./speakers";

export interface RelationFinding {
  type: RelationshipType;
  from: string;
  to: string;
  evidence: Span;
  confidence: number;
  properties?: { on?: string | null; means?: string | null; outcome?: string | null; title?: string | null };
}

const PLACE_OR_FACILITY = new Set<EntityType>([EntityType.Place, EntityType.Facility]);

function entityAt(
  names: readonly NameMention[],
  linker: EntityLinker,
  sentence: number,
  token: number,
): ArticleEntity | undefined {
  const name = nameAt(names, sentence, token);
  return name !== undefined && !name.quoted ? linker.entityOf(name) : undefined;
}

function hasPreposition(sentence: Sentence, token: number, words: ReadonlySet<string>): boolean {
  return sentence.dependents[token].some(
    (child) => sentence.relations[child] === "case" && words.has(sentence.tokens[child].lower),
  );
}

export class EventFinder {
  private readonly findings: RelationFinding[] = [];
  private readonly keys = new Set<string>();

  constructor(
    private readonly document: ArticleDocument,
    private readonly names: readonly NameMention[],
    private readonly linker: EntityLinker,
  ) {}

  run(speakers: readonly ResolvedSpeaker[]): RelationFinding[] {
    this.document.sentences.forEach((sentence, index) => {
      if (sentence.boilerplate || sentence.headline) return;
      this.strikes(sentence, index);
      this.locations(sentence, index);
    });
    for (const speaker of speakers) this.role(speaker);
    this.namedAfterPlaces();
    return this.findings;
  }

  /**
   * "the Ryazan Oil Refinery" lies in Ryazan, and the city of Ryazan in Ryazan Oblast, when the article names
   * both: a name that starts with a place's name, and a region named after its city.
   */
  private namedAfterPlaces(): void {
    const body = this.names.filter((name) => !name.headline && !name.quoted);
    const places = new Map<string, { entity: ArticleEntity; mention: NameMention }>();
    for (const mention of body) {
      const entity = this.linker.entityOf(mention);
      if (entity?.type === EntityType.Place && !places.has(entity.name))
        places.set(entity.name, { entity, mention });
    }
    for (const mention of body) {
      const entity = this.linker.entityOf(mention);
      if (entity === undefined || (entity.type !== EntityType.Facility && entity.type !== EntityType.Place))
        continue;
      const [first, ...rest] = entity.name.split(/\s+/);
      const place = places.get(first);
      if (place === undefined || place.entity.id === entity.id || rest.length === 0) continue;
      // "Ryazan Oil Refinery" → Ryazan; "Ryazan Oblast" holds Ryazan (the region is the outer one).
      const region = entity.type === EntityType.Place;
      this.add({
        type: RelationshipType.LOCATED_IN,
        from: region ? place.entity.id : entity.id,
        to: region ? entity.id : place.entity.id,
        evidence: region ? place.mention : mention,
        confidence: CONFIDENCE.inferredRelationship + 0.1,
      });
    }
  }

  private add(finding: RelationFinding): void {
    if (finding.from === finding.to) return;
    const key = `${finding.type}|${finding.from}|${finding.to}`;
    const reverse = `${finding.type}|${finding.to}|${finding.from}`;
    if (this.keys.has(key) || (finding.type === RelationshipType.LOCATED_IN && this.keys.has(reverse)))
      return;
    this.keys.add(key);
    this.findings.push(finding);
  }

  /** The attacker a subject names: an entity, or "Russian forces" → the armed forces of Russia. */
  private attacker(sentence: Sentence, index: number, token: number): ArticleEntity | undefined {
    const named = entityAt(this.names, this.linker, index, token);
    if (named !== undefined)
      return named.type === EntityType.Place ? (this.linker.governmentOf(named.name) ?? named) : named;
    if (!ARMY_NOUNS.has(sentence.tokens[token].lower)) return undefined;
    const demonym = sentence.dependents[token]
      .map((child) => countryOfDemonym(sentence.tokens[child].text))
      .find((country) => country !== undefined);
    if (demonym === undefined) return undefined;
    return this.linker.named(
      EntityType.Organization,
      `Armed Forces of ${ofCountry(demonym.name)}`,
      OrganizationKind.ARMED_FORCES,
    );
  }

  private strikes(sentence: Sentence, index: number): void {
    sentence.tokens.forEach((token, verb) => {
      if (
        !isVerb(token) ||
        !STRIKE_VERBS.has(token.lemma.toLowerCase()) ||
        sentence.quotationOf[verb] !== undefined
      )
        return;
      const passive = dependentsBy(sentence, verb, /^nsubj:pass$/);
      const subjects =
        passive.length > 0
          ? dependentsBy(sentence, verb, /^obl:agent$|^obl$/).filter((obl) =>
              hasPreposition(sentence, obl, new Set(["by"])),
            )
          : dependentsBy(sentence, verb, /^nsubj$/);
      const launch = /^(?:launch|fire)$/.test(token.lemma);
      const targetTokens =
        passive.length > 0
          ? passive
          : launch
            ? dependentsBy(sentence, verb, /^obl$/).filter((obl) =>
                hasPreposition(sentence, obl, LAUNCH_TARGET_PREPOSITIONS),
              )
            : dependentsBy(sentence, verb, /^obj$/);
      const targets = targetTokens
        .flatMap((target) => [target, ...dependentsBy(sentence, target, /^conj$/)])
        .map((target) => entityAt(this.names, this.linker, index, target))
        .filter(
          (entity): entity is ArticleEntity => entity !== undefined && PLACE_OR_FACILITY.has(entity.type),
        );
      if (targets.length === 0) return;
      const means = [...dependentsBy(sentence, verb, /^obj$|^obl$/)]
        .map((child) => sentence.tokens[child])
        .find((word) => WEAPON_NOUNS.has(word.lemma.toLowerCase()));
      for (const subject of subjects.flatMap((token) => [
        token,
        ...dependentsBy(sentence, token, /^conj$/),
      ])) {
        const attacker = this.attacker(sentence, index, subject);
        if (attacker === undefined || attacker.type === EntityType.Place) continue;
        for (const target of targets)
          this.add({
            type: RelationshipType.STRUCK,
            from: attacker.id,
            to: target.id,
            evidence: sentence,
            confidence: CONFIDENCE.statedRelationship,
            properties: {
              on: null,
              means: launch || means === undefined ? (means?.lemma ?? null) : means.lemma,
              outcome: null,
            },
          });
      }
    });
  }

  private locations(sentence: Sentence, index: number): void {
    const here = this.names.filter((name) => name.sentence === index && !name.quoted);
    for (const name of here) {
      const inner = this.linker.entityOf(name);
      if (inner === undefined || inner.type === EntityType.Person) continue;
      // "Dallas, Texas": a city and, after a comma, its state or country.
      const next = here.find(
        (other) => other.tokenStart === name.tokenEnd + 1 && sentence.tokens[name.tokenEnd]?.text === ",",
      );
      const outerByComma = next !== undefined ? this.linker.entityOf(next) : undefined;
      // "Maryland, Delaware and Connecticut": a list, not a place and what holds it.
      const listGoesOn =
        next !== undefined &&
        /^(?:,|and|or)$/.test(sentence.tokens[next.tokenEnd]?.lower ?? "") &&
        here.some((other) => other.tokenStart > next.tokenEnd && other.tokenStart <= next.tokenEnd + 2);
      const regionLike = inner.kind === "REGION" || inner.kind === "COUNTRY" || inner.kind === "OBLAST";
      if (
        !listGoesOn &&
        !regionLike &&
        inner.type !== EntityType.Organization &&
        outerByComma?.type === EntityType.Place &&
        outerByComma.kind !== undefined &&
        ["COUNTRY", "REGION", "OBLAST"].includes(outerByComma.kind)
      )
        this.add({
          type: RelationshipType.LOCATED_IN,
          from: inner.id,
          to: outerByComma.id,
          evidence: { start: name.start, end: next?.end ?? name.end },
          confidence: CONFIDENCE.statedRelationship,
        });
      // "Pokrovsk in Donetsk Oblast": whatever the parse attaches "in" to, a place right after it holds this one.
      const afterIn = sentence.tokens[name.tokenEnd]?.lower === "in" ? name.tokenEnd + 1 : -1;
      const container = here.find(
        (other) =>
          other.tokenStart === afterIn ||
          (other.tokenStart === afterIn + 1 && sentence.tokens[afterIn]?.lower === "the"),
      );
      const outerByIn = container !== undefined ? this.linker.entityOf(container) : undefined;
      if (
        inner.type !== EntityType.Organization &&
        outerByIn?.type === EntityType.Place &&
        inner.kind !== "COUNTRY"
      )
        this.add({
          type: RelationshipType.LOCATED_IN,
          from: inner.id,
          to: outerByIn.id,
          evidence: { start: name.start, end: container?.end ?? name.end },
          confidence: CONFIDENCE.statedRelationship,
        });
      const head = name.tokenEnd - 1;
      // "the refinery in Ryazan", "Ukraine's Kharkiv".
      for (const child of sentence.dependents[head]) {
        const relation = sentence.relations[child];
        const inPlace = relation === "nmod" && hasPreposition(sentence, child, new Set(["in"]));
        const possessor = relation === "nmod:poss";
        if (!inPlace && !possessor) continue;
        const outer = entityAt(this.names, this.linker, index, child);
        if (outer?.type !== EntityType.Place || (possessor && inner.type === EntityType.Organization))
          continue;
        this.add({
          type: RelationshipType.LOCATED_IN,
          from: inner.id,
          to: outer.id,
          evidence: sentence,
          confidence: CONFIDENCE.statedRelationship,
        });
      }
    }
  }

  /** "the group's president, Mike Shields", "Clinton campaign chairman John Podesta", "a spokesman for the Pentagon". */
  private role(speaker: ResolvedSpeaker): void {
    if (speaker.entity.type !== EntityType.Person || speaker.entity.anonymous) return;
    const sentence = this.document.sentences[speaker.phrase.sentence];
    const titleTokens = speaker.phrase.tokens.filter((token) => isRoleWord(sentence.tokens[token]));
    if (titleTokens.length === 0) return;
    const organization = speaker.phrase.tokens
      .map((token) => entityAt(this.names, this.linker, speaker.phrase.sentence, token))
      .find((entity) => entity?.type === EntityType.Organization);
    if (organization === undefined) return;
    const first = sentence.tokens[Math.min(...titleTokens)];
    const last = sentence.tokens[Math.max(...titleTokens)];
    this.add({
      type: RelationshipType.HOLDS_ROLE,
      from: speaker.entity.id,
      to: organization.id,
      evidence: {
        start: Math.min(first.start, ...speaker.phrase.tokens.map((token) => sentence.tokens[token].start)),
        end: Math.max(last.end, ...speaker.phrase.tokens.map((token) => sentence.tokens[token].end)),
      },
      confidence: CONFIDENCE.statedRelationship,
      properties: { title: this.document.text.slice(first.start, last.end) },
    });
  }
}
