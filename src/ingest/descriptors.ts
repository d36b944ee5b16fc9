// Speakers an article describes instead of naming: pronouns ("he", "it"), definite descriptors that point back
// ("the ministry", "the spokesperson") or stand for a body the article never names ("the police", "the regional
// council"), unnamed groups ("officials", "local residents", "witnesses") and unnamed individuals ("a resident",
// "a spokesperson"). speakers.ts resolves them against the discourse; extract.ts gives those that point back
// to nothing an entity of their own, scoped to the article (see unnamedSpeakerOf).
import { EntityType, OrganizationKind } from "../graph/model";
import { countryNamed, countryOfDemonym } from "./gazetteer";
import type { Mention } from "./mention";
import { baseMention } from "./mention-builders";
import { FUNCTION_TAGS, hasAnyTag, isLowercaseWord, type SentenceContext } from "./name-chunks";
import { matchSpeechVerb } from "./speech-verbs";
import type { Token } from "./tokens";

/** What an unresolved descriptor stands for: "officials" is a group, "a resident" a person, "the police" a body. */
export interface UnnamedSpeaker {
  type: EntityType;
  kind?: string;
  /** Referred to as "they" rather than "it". */
  plural: boolean;
}

const group = (kind: string = OrganizationKind.GROUP): UnnamedSpeaker => ({
  type: EntityType.Organization,
  kind,
  plural: true,
});
const body = (kind?: string, plural = false): UnnamedSpeaker => ({
  type: EntityType.Organization,
  kind,
  plural,
});
const individual: UnnamedSpeaker = { type: EntityType.Person, plural: false };

const GROUP_HEADS = [
  "officials",
  "residents",
  "witnesses",
  "eyewitnesses",
  "analysts",
  "experts",
  "observers",
  "neighbours",
  "neighbors",
  "villagers",
  "locals",
  "activists",
  "protesters",
  "demonstrators",
  "rescuers",
  "medics",
  "doctors",
  "investigators",
  "prosecutors",
  "diplomats",
  "critics",
  "economists",
  "workers",
  "employees",
  "survivors",
  "relatives",
  "passengers",
  "firefighters",
  "lawmakers",
  "organizers",
  "organisers",
  "journalists",
  "sources",
  "media",
  "authorities",
];
/** Heads that name an unnamed group without any article: "officials said", "police said". */
const BARE_HEADS = new Set([...GROUP_HEADS, "police"]);
const INDIVIDUAL_HEADS = [
  "resident",
  "witness",
  "eyewitness",
  "official",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "representative",
  "analyst",
  "expert",
  "neighbour",
  "neighbor",
  "villager",
  "doctor",
  "medic",
  "nurse",
  "rescuer",
  "firefighter",
  "officer",
  "soldier",
  "survivor",
  "relative",
  "employee",
  "worker",
  "passenger",
  "diplomat",
  "lawmaker",
  "teacher",
  "student",
  "farmer",
  "driver",
  "volunteer",
  "activist",
  "protester",
  "investigator",
  "man",
  "woman",
];

/** Heads whose descriptor, when it points back to nothing, is an unnamed speaker of its own. */
const UNNAMED_SPEAKERS = new Map<string, UnnamedSpeaker>([
  ...GROUP_HEADS.map((head): [string, UnnamedSpeaker] => [head, group()]),
  ...INDIVIDUAL_HEADS.map((head): [string, UnnamedSpeaker] => [head, individual]),
  ["investigation", body(OrganizationKind.GROUP)],
  ["police", body(OrganizationKind.GOVERNMENT_BODY, true)],
  ["council", body(OrganizationKind.GOVERNMENT_BODY)],
  ["committee", body(OrganizationKind.GOVERNMENT_BODY)],
  ["commission", body(OrganizationKind.GOVERNMENT_BODY)],
  ["authority", body(OrganizationKind.GOVERNMENT_BODY)],
  ["agency", body(OrganizationKind.GOVERNMENT_BODY)],
  ["office", body(OrganizationKind.GOVERNMENT_BODY)],
  ["department", body(OrganizationKind.GOVERNMENT_BODY)],
  ["service", body(OrganizationKind.GOVERNMENT_BODY)],
  ["board", body(OrganizationKind.GOVERNMENT_BODY)],
  ["court", body(OrganizationKind.GOVERNMENT_BODY)],
  ["municipality", body(OrganizationKind.GOVERNMENT_BODY)],
  ["ministry", body(OrganizationKind.MINISTRY)],
  ["government", body(OrganizationKind.GOVERNMENT)],
  ["administration", body(OrganizationKind.GOVERNMENT)],
  ["military", body(OrganizationKind.ARMED_FORCES)],
  ["army", body(OrganizationKind.ARMED_FORCES)],
  ["company", body(OrganizationKind.COMPANY)],
  ["firm", body(OrganizationKind.COMPANY)],
  ["airline", body(OrganizationKind.COMPANY)],
  ["carrier", body(OrganizationKind.COMPANY)],
  ["operator", body(OrganizationKind.COMPANY)],
  ["manufacturer", body(OrganizationKind.COMPANY)],
  ["union", body(OrganizationKind.GROUP)],
  ["federation", body(OrganizationKind.GROUP)],
  ["party", body(OrganizationKind.GROUP)],
  ["association", body(OrganizationKind.GROUP)],
  ["hospital", body()],
  ["university", body()],
]);

/** Heads a definite descriptor ("the <head>") may have; the rest of them only point back. */
const DESCRIPTOR_HEADS = new Set([
  ...UNNAMED_SPEAKERS.keys(),
  "institute",
  "source",
  "president",
  "minister",
  "outlet",
  "channel",
  "plant",
  "refinery",
  "facility",
  "mine",
  "city",
  "town",
  "village",
  "region",
  "governor",
  "mayor",
  "commander",
  "head",
  "chief",
  "report",
  "statement",
  "alliance",
  "general",
  "leader",
]);

const DESCRIPTOR_QUALIFIERS = new Set([
  "former",
  "new",
  "then",
  "acting",
  "top",
  "senior",
  "local",
  "same",
  "latter",
]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we"]);
const INDEFINITES = new Set(["a", "an", "one", "another"]);
/** Words before a bare plural that still leave the group unnamed: "some residents", "two witnesses". */
const GROUP_QUANTIFIERS = new Set(["some", "several", "many", "most", "other", "few", "numerous"]);
const MAX_MODIFIERS = 3;

/** What a descriptor that resolves to nothing stands for, or undefined when it must point back ("the president"). */
export function unnamedSpeakerOf(mention: Mention): UnnamedSpeaker | undefined {
  if (mention.kind !== "descriptor" || mention.head === undefined) return undefined;
  return UNNAMED_SPEAKERS.get(mention.head);
}

/** A lower-case word, or the capitalised first word of a sentence that no name covers ("Officials said"). */
function isPlainWord(token: Token | undefined, names: readonly Mention[]): token is Token {
  if (token === undefined || token.punctuation || token.quotation !== undefined) return false;
  if (!token.capitalized) return /^\p{Ll}/u.test(token.text);
  const covered = names.some((name) => name.firstToken <= token.index && token.index <= name.lastToken);
  return token.sentenceInitial && !token.acronym && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !covered;
}

/** A word that can stand before a head noun: "regional", "environment", "local", "the engine's". */
function isModifier(token: Token | undefined, names: readonly Mention[]): token is Token {
  if (!isPlainWord(token, names) || hasAnyTag(token, FUNCTION_TAGS)) return false;
  if (["and", "or", "but", "not"].includes(token.lower)) return false;
  const verb = matchSpeechVerb([token.lower], 0);
  return verb === undefined || verb.form === "base";
}

/** "the police station", "the council leader": a noun after the head makes the head a modifier. */
function continuesNounPhrase(head: Token, next: Token | undefined): boolean {
  if (head.possessive || next === undefined || !isLowercaseWord(next) || next.quotation !== undefined)
    return false;
  if (matchSpeechVerb([next.lower], 0) !== undefined) return false;
  return next.tags.has("Noun") && !hasAnyTag(next, ["Verb", "Adverb", "Preposition", "Pronoun"]);
}

/** The head after `from`: up to MAX_MODIFIERS modifiers, then a word of `heads` that ends the noun phrase. */
function headAfter(
  context: SentenceContext,
  names: readonly Mention[],
  from: number,
  heads: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): number | undefined {
  const { tokens } = context;
  for (let index = from; index < tokens.length && index - from <= MAX_MODIFIERS; index++) {
    const token = tokens[index];
    if (!isPlainWord(token, names)) return undefined;
    if (heads.has(token.lower) && !continuesNounPhrase(token, tokens[index + 1])) return index;
    if (!isModifier(token, names)) return undefined;
  }
  return undefined;
}

function descriptorMention(
  context: SentenceContext,
  first: number,
  head: number,
  fields: Partial<Mention> = {},
): Mention {
  return {
    ...baseMention(context, first, head, {
      kind: "descriptor",
      head: context.tokens[head].lower,
      type: undefined,
      ...fields,
    }),
    aliases: [],
  };
}

/** "the <qualifiers> <modifiers> <head>" at `index`: "the ministry", "the former U.S. president", "the regional council". */
export function definiteDescriptorAt(
  context: SentenceContext,
  names: readonly Mention[],
  index: number,
): Mention | undefined {
  const { tokens } = context;
  const qualifiers: string[] = [];
  let next = index + 1;
  while (next < tokens.length && next - index <= 4) {
    const word = tokens[next];
    const country =
      countryOfDemonym(word.text, context.countries) ??
      (word.acronym ? countryNamed(word.text, context.countries) : undefined);
    if (country !== undefined) qualifiers.push(country.name);
    else if (DESCRIPTOR_QUALIFIERS.has(word.lower)) qualifiers.push(word.lower);
    else break;
    next++;
  }
  const head = headAfter(context, names, next, DESCRIPTOR_HEADS);
  if (head === undefined) return undefined;
  // "the city of Bryansk", "the plant Kremniy": the name that follows is the mention, not the descriptor.
  if (tokens[head + 1]?.lower === "of" || names.some((name) => name.firstToken === head + 1))
    return undefined;
  // "the Russian military" is already the armed forces, named.
  if (names.some((name) => name.lastToken === head && name.type !== undefined)) return undefined;
  return descriptorMention(context, index, head, { qualifiers });
}

/** "a resident", "an elderly villager", "one official": someone new, never an entity named before. */
function indefiniteIndividual(
  context: SentenceContext,
  names: readonly Mention[],
  index: number,
): Mention | undefined {
  const heads = new Set(INDIVIDUAL_HEADS);
  const head = headAfter(context, names, index + 1, heads);
  if (head === undefined) return undefined;
  return descriptorMention(context, index, head, { indefinite: true });
}

/** "officials", "local residents", "police": a group without a name (the definite ones are descriptors). */
function bareGroup(context: SentenceContext, names: readonly Mention[], index: number): Mention | undefined {
  const { tokens } = context;
  const token = tokens[index];
  if (!BARE_HEADS.has(token.lower) || !isPlainWord(token, names)) return undefined;
  if (continuesNounPhrase(token, tokens[index + 1])) return undefined;
  if (names.some((name) => name.firstToken <= index && index <= name.lastToken)) return undefined;
  let first = index;
  while (first - 1 >= 0 && index - first < MAX_MODIFIERS) {
    const before = tokens[first - 1];
    const quantity =
      isPlainWord(before, names) && (GROUP_QUANTIFIERS.has(before.lower) || before.tags.has("Value"));
    if (!quantity && !isModifier(before, names)) break;
    first--;
  }
  // "the residents", "a few residents", "their neighbours": someone else's words decide who they are.
  if (["the", "a", "an", "their", "its", "his", "her", "our"].includes(tokens[first - 1]?.lower ?? ""))
    return undefined;
  return descriptorMention(context, first, index);
}

const POSSESSIVE_PRONOUNS = new Map([
  ["his", "he"],
  ["her", "she"],
  ["its", "it"],
  ["their", "they"],
]);

/** "Varga's office", "his office", "the ministry's spokesperson": an unnamed speaker that belongs to someone. */
function ownedDescriptor(
  context: SentenceContext,
  names: readonly Mention[],
  found: readonly Mention[],
  index: number,
): Mention | undefined {
  const { tokens } = context;
  const token = tokens[index];
  const pronoun = POSSESSIVE_PRONOUNS.get(token.lower);
  const ownerName = [...names, ...found]
    .filter((mention) => mention.lastToken === index && mention.possessive && mention.kind !== "pronoun")
    .sort((a, b) => a.start - b.start)[0];
  if (pronoun === undefined && ownerName === undefined) return undefined;
  const head = headAfter(context, names, index + 1, UNNAMED_SPEAKERS);
  if (head === undefined || names.some((name) => name.firstToken <= head && head <= name.lastToken))
    return undefined;
  const owner =
    ownerName ??
    ({
      ...baseMention(context, index, index, { kind: "pronoun", head: pronoun, type: undefined }),
      aliases: [],
    } satisfies Mention);
  return descriptorMention(context, owner.firstToken, head, { owner, possessive: tokens[head].possessive });
}

/** Pronouns, descriptors, unnamed groups and unnamed individuals, for speakers.ts to resolve. */
export function findDescriptors(context: SentenceContext, names: readonly Mention[]): Mention[] {
  const { tokens } = context;
  const found: Mention[] = [];
  tokens.forEach((token, index) => {
    if (token.quotation !== undefined) return;
    const owned = ownedDescriptor(context, names, found, index);
    if (owned !== undefined) {
      found.push(owned);
      return;
    }
    if (SUBJECT_PRONOUNS.has(token.lower)) {
      found.push({
        ...baseMention(context, index, index, { kind: "pronoun", head: token.lower, type: undefined }),
        aliases: [],
      });
      return;
    }
    const mention =
      token.lower === "the"
        ? definiteDescriptorAt(context, names, index)
        : INDEFINITES.has(token.lower)
          ? indefiniteIndividual(context, names, index)
          : bareGroup(context, names, index);
    if (mention !== undefined) found.push(mention);
  });
  return found;
}
