// Who "he", "the source", "the ministry" or "the U.S. president" is: the nearest compatible earlier speaker
// in the same section of the article, else the nearest compatible entity mentioned there.
import { EntityType, FacilityKind, OrganizationKind, PlaceKind } from "../graph/model";
import { unnamedSpeakerOf } from "./descriptors";
import { CONFIDENCE } from "./marks";
import type { Mention } from "./mention";
import type { EntityProfile, EntityRegistry } from "./registry";

export interface ResolvedSpeaker {
  id: string;
  confidence: number;
}

interface DiscourseEntry {
  id: string;
  sentence: number;
  section: number;
}

const PERSON_HEADS = new Set([
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "president",
  "minister",
  "official",
  "governor",
  "mayor",
  "commander",
  "head",
  "chief",
  "leader",
  "general",
]);
const SPOKESPERSON = ["spokesperson", "spokesman", "spokeswoman"];
const ORGANIZATION_HEAD_KINDS = new Map<string, readonly string[]>([
  ["military", [OrganizationKind.ARMED_FORCES]],
  ["army", [OrganizationKind.ARMED_FORCES]],
  ["authorities", [OrganizationKind.GOVERNMENT]],
  ["government", [OrganizationKind.GOVERNMENT]],
  ["administration", [OrganizationKind.GOVERNMENT]],
  ["media", [OrganizationKind.MEDIA_OUTLET]],
  ["outlet", [OrganizationKind.MEDIA_OUTLET]],
  ["channel", [OrganizationKind.MEDIA_OUTLET]],
  ["journalists", [OrganizationKind.MEDIA_OUTLET]],
  ["agency", [OrganizationKind.MEDIA_OUTLET, OrganizationKind.GOVERNMENT_BODY]],
  ["company", [OrganizationKind.COMPANY]],
  ["firm", [OrganizationKind.COMPANY]],
  ["airline", [OrganizationKind.COMPANY]],
  ["carrier", [OrganizationKind.COMPANY]],
  ["operator", [OrganizationKind.COMPANY]],
  ["manufacturer", [OrganizationKind.COMPANY]],
  ["police", [OrganizationKind.GOVERNMENT_BODY]],
  ["ministry", [OrganizationKind.MINISTRY]],
  ["alliance", [OrganizationKind.ALLIANCE]],
]);
const FACILITY_HEAD_KINDS = new Map<string, readonly string[]>([
  ["plant", [FacilityKind.FACTORY, FacilityKind.POWER_PLANT]],
  ["refinery", [FacilityKind.REFINERY]],
  ["mine", [FacilityKind.MINE]],
  ["facility", Object.values(FacilityKind)],
  ["institute", [FacilityKind.INSTITUTE]],
]);
const PLACE_HEAD_KINDS = new Map<string, readonly string[]>([
  ["city", [PlaceKind.CITY, PlaceKind.TOWN]],
  ["town", [PlaceKind.TOWN, PlaceKind.CITY]],
  ["village", [PlaceKind.VILLAGE]],
  ["region", [PlaceKind.OBLAST, PlaceKind.REGION, PlaceKind.REPUBLIC]],
]);
export class Discourse {
  private readonly speakers: DiscourseEntry[] = [];
  private readonly mentioned: DiscourseEntry[] = [];
  /** People who open a sentence as its subject ("Governor X visited the port."): "she" may be them. */
  private readonly subjects: DiscourseEntry[] = [];

  constructor(private readonly registry: EntityRegistry) {}

  noteSpeaker(id: string, sentence: number, section: number): void {
    this.speakers.push({ id, sentence, section });
  }

  noteMention(id: string, sentence: number, section: number): void {
    this.mentioned.push({ id, sentence, section });
  }

  noteSubject(id: string, sentence: number, section: number): void {
    this.subjects.push({ id, sentence, section });
  }

  /** The speaker of the most recent statement in this section (for an unattributed quotation). */
  lastSpeaker(section: number): ResolvedSpeaker | undefined {
    const entry = [...this.speakers].reverse().find((candidate) => candidate.section === section);
    return entry !== undefined ? { id: entry.id, confidence: CONFIDENCE.guessedSpeaker } : undefined;
  }

  resolve(mention: Mention, section: number, sentence: number): ResolvedSpeaker | undefined {
    if (mention.kind === "pronoun") return this.resolvePronoun(mention.head ?? "", section, sentence);
    if (mention.kind === "descriptor") return this.resolveDescriptor(mention, section, sentence);
    return undefined;
  }

  private resolvePronoun(pronoun: string, section: number, sentence: number): ResolvedSpeaker | undefined {
    if (pronoun === "he" || pronoun === "she") {
      const fits = (profile: EntityProfile) => profile.type === EntityType.Person && !profile.anonymous;
      return this.resolveWith(fits, section, sentence, true);
    }
    // "It said …" is an organisation; "they said …" a group ("officials", "the police") before any organisation.
    const organization = (profile: EntityProfile) => profile.type === EntityType.Organization;
    if (pronoun === "it")
      return this.resolveWith(
        (profile) => organization(profile) && !profile.plural,
        section,
        sentence,
        false,
      );
    if (pronoun === "they") {
      return (
        this.resolveWith((profile) => organization(profile) && profile.plural, section, sentence, false) ??
        this.resolveWith(organization, section, sentence, false)
      );
    }
    return undefined;
  }

  /** The latest speaker that fits (or, for people, a later sentence's subject), else the latest mention. */
  private resolveWith(
    fits: (profile: EntityProfile) => boolean,
    section: number,
    sentence: number,
    withSubjects: boolean,
  ): ResolvedSpeaker | undefined {
    const candidates = [...this.speakers, ...(withSubjects ? this.subjects : [])].sort(
      (a, b) => a.sentence - b.sentence,
    );
    const speaker = this.latest(candidates, section, sentence, fits);
    if (speaker !== undefined) return { id: speaker, confidence: CONFIDENCE.pronounSpeaker };
    const mentioned = this.latest(this.mentioned, section, sentence, fits);
    return mentioned !== undefined
      ? { id: mentioned, confidence: CONFIDENCE.pronounSpeaker - 0.2 }
      : undefined;
  }

  private resolveDescriptor(
    mention: Mention,
    section: number,
    sentence: number,
  ): ResolvedSpeaker | undefined {
    const fits = (profile: EntityProfile) => descriptorFits(mention, profile);
    // "Kestavia Air, which …, has grounded …, the company said": the sentence's own subject comes first.
    const inSentence = this.mentioned.filter((entry) => entry.sentence === sentence);
    const here = this.latest(inSentence, section, sentence, fits);
    if (here !== undefined) return { id: here, confidence: CONFIDENCE.descriptorSpeaker };
    const speaker = this.latest(this.speakers, section, sentence, fits);
    if (speaker !== undefined) return { id: speaker, confidence: CONFIDENCE.descriptorSpeaker };
    const mentioned =
      this.latest(this.mentioned, section, sentence, fits) ?? this.latest(this.mentioned, -1, sentence, fits);
    return mentioned !== undefined
      ? { id: mentioned, confidence: CONFIDENCE.descriptorSpeaker - 0.1 }
      : undefined;
  }

  /** Most recent entry (in `section`, or anywhere when section is -1) up to `sentence` whose entity fits. */
  private latest(
    entries: readonly DiscourseEntry[],
    section: number,
    sentence: number,
    fits: (profile: EntityProfile) => boolean,
  ): string | undefined {
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (entry.sentence > sentence || (section >= 0 && entry.section !== section)) continue;
      const profile = this.registry.profile(entry.id);
      if (profile !== undefined && fits(profile)) return entry.id;
    }
    return undefined;
  }
}

function descriptorFits(mention: Mention, profile: EntityProfile): boolean {
  const head = mention.head ?? "";
  // "the fire service" is no person, whatever its spokesperson is called; "the resident" no organisation.
  const unnamed = unnamedSpeakerOf(mention);
  if (unnamed !== undefined && unnamed.type !== profile.type) return false;
  const wantsFormer = mention.qualifiers.includes("former");
  if (profile.former !== wantsFormer && profile.type === EntityType.Person) return false;
  const countries = mention.qualifiers.filter((qualifier) => /^\p{Lu}/u.test(qualifier));
  if (countries.length > 0 && profile.scopeName !== undefined && !countries.includes(profile.scopeName))
    return false;
  if (head === "source" || head === "sources") {
    return profile.anonymous && (profile.words.has("source") || profile.words.has("sources"));
  }
  if (SPOKESPERSON.includes(head)) {
    return profile.type === EntityType.Person && SPOKESPERSON.some((word) => profile.words.has(word));
  }
  if (PERSON_HEADS.has(head)) return profile.type === EntityType.Person && profile.words.has(head);
  const organizationKinds = ORGANIZATION_HEAD_KINDS.get(head);
  if (organizationKinds !== undefined) {
    return (
      profile.type === EntityType.Organization &&
      (profile.words.has(head) || (profile.kind !== undefined && organizationKinds.includes(profile.kind)))
    );
  }
  const facilityKinds = FACILITY_HEAD_KINDS.get(head);
  if (facilityKinds !== undefined) {
    return (
      profile.type === EntityType.Facility &&
      (profile.words.has(head) || (profile.kind !== undefined && facilityKinds.includes(profile.kind)))
    );
  }
  const placeKinds = PLACE_HEAD_KINDS.get(head);
  if (placeKinds !== undefined) {
    return (
      profile.type === EntityType.Place && profile.kind !== undefined && placeKinds.includes(profile.kind)
    );
  }
  return profile.type !== EntityType.Place && profile.words.has(head);
}
