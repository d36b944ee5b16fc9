// Entity mentions in one sentence: runs of capitalised words ("name chunks") typed by their head words,
// titles, gazetteer entries and surrounding words ("the city of X", "X sources", "Y in Z"), plus the
// pronouns and descriptors ("the ministry") that speakers.ts resolves against the discourse.
import { EntityType, FacilityKind, OrganizationKind, PlaceKind, StatementKind } from "../graph/model";
import { CONFIDENCE } from "./marks";
import {
  countryNamed,
  countryOfDemonym,
  countryOfMetonym,
  isContinent,
  ofCountry,
  type LocalCountries,
  type Country,
} from "./gazetteer";
import { definiteDescriptorAt, findDescriptors, unnamedSpeakerOf } from "./descriptors";
import type { Mention } from "./mention";
import {
  ARMY_NOUNS,
  CONTEXT_OUTLET_HEADS,
  EVENT_HEADS,
  FACILITY_HEADS,
  GENERIC_ORGANIZATION_WORDS,
  GOVERNMENT_PLURALS,
  GROUP_NOUNS,
  LOWERCASE_ORGANIZATION_HEADS,
  MINISTRY_TOPICS,
  MODIFIED_NOUNS,
  NEWS_WORDS,
  ORGANIZATION_HEADS,
  OUTLET_NOUNS,
  PLACE_CLASS_NOUNS,
  PLACE_SUFFIXES,
} from "./name-words";
import {
  armedForcesMention,
  baseMention,
  countryMention,
  countryMentionAt,
  governmentMention,
  leadingCountry,
  ministryName,
  outermost,
} from "./mention-builders";
import {
  buildChunks,
  dateline,
  FUNCTION_TAGS,
  hasAnyTag,
  headKey,
  isLowercaseWord,
  isNameWord,
  isNumberedName,
  spanText,
  type Chunk,
  type SentenceContext,
} from "./name-chunks";
import {
  attachRoles,
  isPlainNameWord,
  personMention,
  splitTitledName,
  titledPerson,
  type ClassifyChunk,
} from "./people";
import { matchSpeechVerb } from "./speech-verbs";
import type { Token } from "./tokens";

const PLURAL_PLACE_HEADS = new Map<string, { singular: string; kind: PlaceKind }>([
  ["oblasts", { singular: "Oblast", kind: PlaceKind.OBLAST }],
  ["axes", { singular: "axis", kind: PlaceKind.FRONT_LINE_AXIS }],
  ["directions", { singular: "direction", kind: PlaceKind.FRONT_LINE_AXIS }],
  ["sectors", { singular: "sector", kind: PlaceKind.FRONT_LINE_AXIS }],
  ["regions", { singular: "region", kind: PlaceKind.REGION }],
  ["provinces", { singular: "province", kind: PlaceKind.REGION }],
]);

const WEAPON_NOUNS = new Set([
  "drone",
  "drones",
  "missile",
  "missiles",
  "rocket",
  "rockets",
  "artillery",
  "aircraft",
  "jets",
]);

const NAME_SUFFIX_HEADS = new Set([
  "air",
  "airlines",
  "airways",
  "motors",
  "industries",
  "holdings",
  "enterprises",
]);
const TELLING_FORMS = new Set(["told", "tells", "telling", "tell"]);

const LOCATIVE_PREPOSITIONS = new Set(["in", "near", "outside", "around", "across", "at", "into", "over"]);

/** Unnamed people and groups that belong to a body: "an SBU source", "a spokesperson for the authority". */
const SOURCE_WORDS = new Set([
  "source",
  "official",
  "insider",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "representative",
  "analyst",
  "expert",
]);
const PLURAL_SOURCE_WORDS = new Set(["sources", "officials", "analysts", "experts"]);

interface ChunkResult {
  mentions: Mention[];
  /** Last token the result used (lower-case heads, a parenthesised acronym). */
  consumedUntil: number;
}

function lowercaseHeadAfter(
  context: SentenceContext,
  after: number,
  heads: ReadonlyMap<string, string>,
  maxModifiers: number,
): { last: number; head: string; kind: string } | undefined {
  const { tokens } = context;
  let best: { last: number; head: string; kind: string } | undefined;
  for (let end = after + 1; end <= after + maxModifiers + 3 && end < tokens.length; end++) {
    const token = tokens[end];
    if (!isLowercaseWord(token) || hasAnyTag(token, FUNCTION_TAGS)) {
      if (!(token.text === "of" && best === undefined)) break;
    }
    for (let length = 1; length <= 3; length++) {
      const from = end - length + 1;
      if (from <= after) continue;
      const phrase = tokens
        .slice(from, end + 1)
        .map((word) => word.lower)
        .join(" ");
      const kind = heads.get(phrase);
      if (kind !== undefined) best = { last: end, head: phrase, kind };
    }
    if (token.possessive) break;
  }
  return best;
}

function classifyChunk(
  context: SentenceContext,
  chunk: Chunk,
  previousPossessive: Mention | undefined,
): ChunkResult {
  const { tokens } = context;
  const first = tokens[chunk.first];
  const last = tokens[chunk.last];
  const surface = spanText(context, first, last);
  const result = (mentions: Mention[], consumedUntil = chunk.last): ChunkResult => ({
    mentions,
    consumedUntil,
  });
  const before = tokens[chunk.first - 1];
  const after = tokens[chunk.last + 1];

  // A parenthesised acronym right after the name is an alias: "Security Service of Ukraine (SBU)".
  const acronymAlias =
    after?.text === "(" && tokens[chunk.last + 2]?.acronym && tokens[chunk.last + 3]?.text === ")"
      ? tokens[chunk.last + 2].text
      : undefined;
  const consumed = acronymAlias !== undefined ? chunk.last + 3 : chunk.last;

  // "DORVIK, March 3 (Northline) - …": the dateline names the place the report is filed from.
  const filedFrom = dateline(tokens);
  if (filedFrom !== undefined && chunk.first === 0 && chunk.last === filedFrom.placeLast) {
    const name = surface.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
    const place = baseMention(context, chunk.first, chunk.last, {
      type: EntityType.Place,
      entityKind: PlaceKind.CITY,
      name,
      core: name,
    });
    place.aliases = [name];
    return result([place]);
  }

  // Countries, their demonyms used alone, continents and metonyms for governments.
  const country = countryNamed(surface, context.countries);
  if (country !== undefined) {
    if (after !== undefined && !last.possessive && ARMY_NOUNS.has(after.lower) && first.possessive) {
      return result([armedForcesMention(context, chunk.first, chunk.last + 1, country)], chunk.last + 1);
    }
    return result([countryMention(context, chunk.first, country, surface, chunk.last)]);
  }
  const demonymOf = countryOfDemonym(surface, context.countries);
  if (chunk.first === chunk.last && demonymOf !== undefined && !first.acronym) {
    return demonymPhrase(context, chunk, demonymOf);
  }
  if (isContinent(surface)) {
    return result([
      baseMention(context, chunk.first, chunk.last, {
        type: EntityType.Place,
        entityKind: PlaceKind.CONTINENT,
      }),
    ]);
  }
  const metonymCountry = countryOfMetonym(surface);
  if (metonymCountry !== undefined) {
    const locative = before !== undefined && LOCATIVE_PREPOSITIONS.has(before.lower);
    if (!locative && !EVENT_HEADS.has(after?.lower ?? "")) {
      return result([governmentMention(context, chunk.first, chunk.last, metonymCountry)]);
    }
    if (locative && chunk.first === chunk.last) {
      // "in Paris": a capital, in its country.
      const scope = countryMentionAt(context, chunk.first, metonymCountry);
      return result([
        baseMention(context, chunk.first, chunk.last, {
          type: EntityType.Place,
          entityKind: PlaceKind.CITY,
          scope,
        }),
      ]);
    }
  }

  // Titled people: "Ostrel Governor Milena Sarkova", "U.S. President Donald Trump".
  const scopeCountry = leadingCountry(context, chunk);
  const innerFirst = scopeCountry !== undefined ? chunk.first + 1 : chunk.first;
  const titled = splitTitledName(tokens, innerFirst, chunk.last);
  if (titled !== undefined) {
    const classify: ClassifyChunk = (preChunk, possessive) => classifyChunk(context, preChunk, possessive);
    return result(titledPerson(context, chunk, titled, scopeCountry, previousPossessive, classify));
  }

  // Lists of places sharing a plural head: "the Kursk and Saratov oblasts", "the Lyman, Siversk ... axes".
  const listed = placeList(context, chunk);
  if (listed !== undefined) return listed;

  // "Calder & Sons": only firms are named with an ampersand.
  const ampersand = tokens.slice(chunk.first, chunk.last + 1).some((token) => token.text === "&");
  if (ampersand && facilityByHead(context, chunk, scopeCountry) === undefined) {
    return result([
      baseMention(context, chunk.first, chunk.last, {
        type: EntityType.Organization,
        entityKind: OrganizationKind.COMPANY,
      }),
    ]);
  }

  // Head words: organisations, facilities, places.
  const facility = facilityByHead(context, chunk, scopeCountry);
  if (facility !== undefined) return result(withAlias([facility], acronymAlias), consumed);
  const organization = organizationByHead(context, chunk, scopeCountry, previousPossessive);
  if (organization !== undefined) return result(withAlias(organization, acronymAlias), consumed);
  const place = placeBySuffix(context, chunk, previousPossessive);
  if (place !== undefined) return result([place]);
  if (EVENT_HEADS.has(last.lower)) return result([]);

  // Lower-case heads after the name: "Kremniy EL microelectronics plant", "Khortytsia group of forces".
  const lowercaseFacility = lowercaseHeadAfter(context, chunk.last, FACILITY_HEADS, 3);
  if (lowercaseFacility !== undefined && !last.possessive) {
    const mention = baseMention(context, chunk.first, lowercaseFacility.last, {
      type: EntityType.Facility,
      entityKind: lowercaseFacility.kind,
      namedAfter: isNumberedName(tokens, chunk.first) ? undefined : first.text,
    });
    return result([mention], lowercaseFacility.last);
  }
  const lowercaseOrganization = lowercaseHeadAfter(context, chunk.last, LOWERCASE_ORGANIZATION_HEADS, 0);
  if (lowercaseOrganization !== undefined && !last.possessive) {
    const mention = baseMention(context, chunk.first, lowercaseOrganization.last, {
      type: EntityType.Organization,
      entityKind: lowercaseOrganization.kind,
      scope: previousPossessive,
    });
    return result([withScopeSurface(context, mention, previousPossessive)], lowercaseOrganization.last);
  }
  const axis = lowercaseHeadAfter(
    context,
    chunk.last,
    new Map([...PLACE_SUFFIXES].filter(([, kind]) => kind === PlaceKind.FRONT_LINE_AXIS)),
    0,
  );
  if (axis !== undefined) {
    return result(
      [
        baseMention(context, chunk.first, axis.last, {
          type: EntityType.Place,
          entityKind: PlaceKind.FRONT_LINE_AXIS,
        }),
      ],
      axis.last,
    );
  }

  // Sources and groups: "Russian Emergencies Ministry sources", "Russian Telegram channels".
  if (
    after !== undefined &&
    !last.possessive &&
    (after.lower === "sources" || GROUP_NOUNS.has(after.lower))
  ) {
    return groupPhrase(context, chunk, chunk.last + 1);
  }

  // Acronyms: an alias defined elsewhere, a country, or an organisation.
  if (chunk.first === chunk.last && first.acronym) {
    const modifier = after !== undefined && (after.text === "(" || MODIFIED_NOUNS.has(after.lower));
    return result([
      baseMention(context, chunk.first, chunk.last, {
        type: EntityType.Organization,
        name: first.text,
        core: first.text,
        weak: modifier,
        confidence: CONFIDENCE.entityByShape,
      }),
    ]);
  }

  // "the independent outlet Mediazona", "the news channel Astra": the description is part of the phrase.
  const outletKind = before !== undefined ? OUTLET_NOUNS.get(before.lower) : undefined;
  if (outletKind !== undefined && chunk.last - chunk.first < 3) {
    const first = descriptionStart(tokens, chunk.first);
    return result([
      baseMention(context, first, chunk.last, {
        type: EntityType.Organization,
        entityKind: outletKind,
        name: surface,
        core: surface,
      }),
    ]);
  }

  // "the city of Bryansk", "the village of X".
  const classNoun = before?.lower === "of" ? tokens[chunk.first - 2] : undefined;
  const placeClass = classNoun !== undefined ? PLACE_CLASS_NOUNS.get(classNoun.lower) : undefined;
  if (placeClass !== undefined) {
    return result([
      baseMention(context, chunk.first, chunk.last, { type: EntityType.Place, entityKind: placeClass }),
    ]);
  }

  if (after !== undefined && MODIFIED_NOUNS.has(after.lower) && !last.possessive) return result([]);

  // By shape: compromise's name tags, then the words around it.
  const words = tokens.slice(chunk.first, chunk.last + 1);
  const personTags = words.some((token) => hasAnyTag(token, ["Person", "FirstName", "LastName"]));
  const placeTags = words.some((token) => hasAnyTag(token, ["Place", "City", "Region", "Country"]));
  const orgTags = words.length > 1 && words.some((token) => token.tags.has("Organization"));
  const afterCountry = previousPossessive?.entityKind === PlaceKind.COUNTRY;
  const locative = (before !== undefined && LOCATIVE_PREPOSITIONS.has(before.lower)) || afterCountry;
  if (personTags && !placeTags) {
    return result([personMention(context, chunk.first, chunk.last, CONFIDENCE.entityByShape + 0.1)]);
  }
  if (placeTags || locative) {
    const kind = words.some((token) => token.tags.has("City")) ? PlaceKind.CITY : undefined;
    return result([
      baseMention(context, chunk.first, chunk.last, {
        type: EntityType.Place,
        entityKind: kind,
        confidence: CONFIDENCE.entityByShape,
        scope: afterCountry ? previousPossessive : undefined,
      }),
    ]);
  }
  if (orgTags) {
    return result([
      baseMention(context, chunk.first, chunk.last, {
        type: EntityType.Organization,
        confidence: CONFIDENCE.entityByShape,
      }),
    ]);
  }
  if (words.length >= 2 && words.length <= 3 && words.every(isPlainNameWord)) {
    return result([personMention(context, chunk.first, chunk.last, CONFIDENCE.entityByShape)]);
  }
  // A single unknown word: typed by the rest of the article, or by its role as a speaker.
  return result([
    baseMention(context, chunk.first, chunk.last, {
      type: undefined,
      weak: true,
      confidence: CONFIDENCE.entityByShape,
    }),
  ]);
}

/** The determiner opening "the independent Telegram news channel" before a name, if it is near. */
function descriptionStart(tokens: readonly Token[], nameFirst: number): number {
  for (let index = nameFirst - 1; index >= 0 && nameFirst - index <= 6; index--) {
    const token = tokens[index];
    if (token.punctuation) break;
    if (["the", "a", "an"].includes(token.lower)) return index;
  }
  return nameFirst;
}

/** Adds a parenthesised acronym to the named thing (the last mention: the scope comes first). */
function withAlias(mentions: Mention[], alias: string | undefined): Mention[] {
  if (alias === undefined) return mentions;
  const last = mentions.length - 1;
  return mentions.map((mention, index) =>
    index === last ? { ...mention, aliases: [...mention.aliases, alias] } : mention,
  );
}

/** Extends an organisation's surface to the possessive country before it: "Ukraine’s Special Operations Forces". */
function withScopeSurface(context: SentenceContext, mention: Mention, scope: Mention | undefined): Mention {
  if (scope === undefined) return mention;
  const surface = context.text.slice(scope.start, mention.end);
  return {
    ...mention,
    start: scope.start,
    firstToken: scope.firstToken,
    surface,
    aliases: [...new Set([surface, mention.surface, ...mention.aliases])],
  };
}

function demonymPhrase(context: SentenceContext, chunk: Chunk, country: Country): ChunkResult {
  const { tokens } = context;
  const after = tokens[chunk.last + 1];
  if (after !== undefined && isLowercaseWord(after)) {
    if (ARMY_NOUNS.has(after.lower)) {
      return {
        mentions: [armedForcesMention(context, chunk.first, chunk.last + 1, country)],
        consumedUntil: chunk.last + 1,
      };
    }
    if (GOVERNMENT_PLURALS.has(after.lower)) {
      return {
        mentions: [governmentMention(context, chunk.first, chunk.last + 1, country)],
        consumedUntil: chunk.last + 1,
      };
    }
    if (GROUP_NOUNS.has(after.lower) || after.lower === "sources")
      return groupPhrase(context, chunk, chunk.last + 1);
    // "Ukrainian drones", "Russian missiles": the country whose weapons they are.
    if (WEAPON_NOUNS.has(after.lower)) {
      return { mentions: [countryMentionAt(context, chunk.first, country)], consumedUntil: chunk.last };
    }
  }
  return { mentions: [], consumedUntil: chunk.last };
}

/** An informal group named by a plural noun: "Russian Telegram channels", "Western intellectuals". */
function groupPhrase(context: SentenceContext, chunk: Chunk, nounIndex: number): ChunkResult {
  const { tokens } = context;
  const country =
    leadingCountry(context, chunk) ?? countryOfDemonym(tokens[chunk.first].text, context.countries);
  const scope = country !== undefined ? countryMentionAt(context, chunk.first, country) : undefined;
  const group = baseMention(context, chunk.first, nounIndex, {
    type: EntityType.Organization,
    entityKind: OrganizationKind.GROUP,
    anonymous: true,
    articleScoped: true,
    scope,
    confidence: CONFIDENCE.entityByCue - 0.1,
  });
  group.aliases = [group.surface];
  return { mentions: scope !== undefined ? [scope, group] : [group], consumedUntil: nounIndex };
}

function placeList(context: SentenceContext, chunk: Chunk): ChunkResult | undefined {
  const { tokens } = context;
  // Walk forward over "A, B, C and D <plural head>".
  const members: Chunk[] = [chunk];
  let index = chunk.last + 1;
  for (;;) {
    const token = tokens[index];
    if (token === undefined) return undefined;
    const head = PLURAL_PLACE_HEADS.get(token.lower);
    if (head !== undefined) {
      if (members.length < 2) return undefined;
      const mentions = members.map((member) =>
        baseMention(context, member.first, member.last, {
          type: EntityType.Place,
          entityKind: head.kind,
          name: `${spanText(context, tokens[member.first], tokens[member.last])} ${head.singular}`,
          core: `${spanText(context, tokens[member.first], tokens[member.last])} ${head.singular}`,
        }),
      );
      for (const mention of mentions) mention.aliases = [];
      return { mentions, consumedUntil: index };
    }
    if (token.text === "," || token.lower === "and") {
      index++;
      continue;
    }
    if (isNameWord(context, token) && !token.possessive && members[members.length - 1].last < index) {
      const previous = tokens[index - 1];
      if (previous.text !== "," && previous.lower !== "and") return undefined;
      members.push({ first: index, last: index });
      index++;
      continue;
    }
    return undefined;
  }
}

function facilityByHead(
  context: SentenceContext,
  chunk: Chunk,
  scopeCountry: Country | undefined,
): Mention | undefined {
  const { tokens } = context;
  const headEnd = chunk.ofIndex !== undefined ? chunk.ofIndex - 1 : chunk.last;
  for (let length = 3; length >= 1; length--) {
    const from = headEnd - length + 1;
    if (from < chunk.first) continue;
    const phrase = tokens
      .slice(from, headEnd + 1)
      .map((token) => token.lower)
      .join(" ");
    const kind = FACILITY_HEADS.get(phrase);
    if (kind === undefined) continue;
    const first = scopeCountry !== undefined ? chunk.first + 1 : chunk.first;
    const namedAfter = from > first ? tokens[first].text : undefined;
    return baseMention(context, first, chunk.last, {
      type: EntityType.Facility,
      entityKind: kind,
      namedAfter,
    });
  }
  return undefined;
}

function organizationByHead(
  context: SentenceContext,
  chunk: Chunk,
  scopeCountry: Country | undefined,
  previousPossessive: Mention | undefined,
): Mention[] | undefined {
  const { tokens } = context;
  const head = headKey(tokens, chunk);
  const kind = organizationKindOf(context, chunk, head);
  if (kind === undefined) return undefined;
  const mentions: Mention[] = [];
  const first = scopeCountry !== undefined ? chunk.first + 1 : chunk.first;
  let scope: Mention | undefined =
    previousPossessive?.type === EntityType.Place && previousPossessive.entityKind === PlaceKind.COUNTRY
      ? previousPossessive
      : undefined;
  if (scopeCountry !== undefined) {
    scope = countryMentionAt(context, chunk.first, scopeCountry);
    mentions.push(scope);
  }
  // "Security Service of Ukraine": the country after "of" is where it belongs.
  const countryToken =
    chunk.ofIndex !== undefined && chunk.innerPossessive === undefined ? tokens[chunk.last] : undefined;
  const countryAfterOf =
    countryToken !== undefined ? countryNamed(countryToken.text, context.countries) : undefined;
  if (countryAfterOf !== undefined && scope === undefined) {
    scope = countryMention(context, chunk.last, countryAfterOf);
    mentions.push(scope);
  }
  const coreSurface = spanText(context, tokens[first], tokens[chunk.last]);
  let core = coreSurface;
  let name = coreSurface;
  let parent: Mention | undefined;
  // "General Staff of Ukraine’s Armed Forces" → "General Staff of the Armed Forces of Ukraine", MEMBER_OF them.
  if (chunk.innerPossessive !== undefined && chunk.ofIndex !== undefined) {
    const ownerToken = tokens[chunk.innerPossessive];
    const ownerCountry = countryNamed(ownerToken.text, context.countries);
    const innerCore = spanText(context, tokens[chunk.innerPossessive + 1], tokens[chunk.last]);
    const outerCore = spanText(context, tokens[first], tokens[chunk.ofIndex - 1]);
    if (ownerCountry !== undefined) {
      const ownerMention = countryMention(context, chunk.innerPossessive, ownerCountry);
      scope = ownerMention;
      mentions.push(ownerMention);
      parent = baseMention(context, chunk.innerPossessive, chunk.last, {
        type: EntityType.Organization,
        entityKind: ORGANIZATION_HEADS.get(tokens[chunk.last].lower),
        name: `${innerCore} of ${ofCountry(ownerCountry.name)}`,
        core: innerCore,
        aliases: [spanText(context, ownerToken, tokens[chunk.last])],
        scope: ownerMention,
      });
      mentions.push(parent);
      core = outerCore;
      name = `${outerCore} of the ${innerCore} of ${ofCountry(ownerCountry.name)}`;
    }
  } else if (head === "ministry") {
    // "Ostrel Ministry of Energy", "Ostrel Energy Ministry": a leading name that is no topic says whose it is.
    const headIndex = chunk.ofIndex !== undefined ? chunk.ofIndex - 1 : chunk.last;
    const before = tokens.slice(first, headIndex);
    const topicAt = before.findIndex((token) => MINISTRY_TOPICS.has(token.lower));
    const owner = chunk.ofIndex !== undefined ? before : topicAt > 0 ? before.slice(0, topicAt) : [];
    const topicFirst = first + owner.length;
    const topicWords =
      chunk.ofIndex !== undefined
        ? spanText(context, tokens[chunk.ofIndex + 1], tokens[chunk.last])
        : spanText(context, tokens[topicFirst], tokens[chunk.last - 1]);
    const ministryCountry =
      chunk.ofIndex !== undefined ? trailingCountry(topicWords, context.countries) : undefined;
    core = ministryName(ministryCountry !== undefined ? ministryCountry.topic : topicWords);
    const ownerName = owner.length > 0 ? spanText(context, owner[0], owner[owner.length - 1]) : undefined;
    const country = ministryCountry?.country.name ?? scope?.name ?? ownerName;
    name = country !== undefined ? `${core} of ${ofCountry(country)}` : core;
  } else if (
    scope !== undefined &&
    countryAfterOf === undefined &&
    isGenericOrganization(tokens, first, chunk.last)
  ) {
    name = `${coreSurface} of ${ofCountry(scope.name)}`;
  }
  const organization = baseMention(context, first, chunk.last, {
    type: EntityType.Organization,
    entityKind: kind,
    name,
    core,
    aliases: [coreSurface],
    scope,
    parent,
  });
  mentions.push(
    withScopeSurface(
      context,
      organization,
      scope !== undefined && scope.end <= organization.start ? scope : undefined,
    ),
  );
  return mentions;
}

/** The kind a head word gives a name: "Dovrask Herald" an outlet, "the Eastgate Monitor" one only after "told". */
function organizationKindOf(context: SentenceContext, chunk: Chunk, head: string): string | undefined {
  const { tokens } = context;
  const words = tokens.slice(chunk.first, chunk.last + 1).map((token) => token.lower);
  if (head === "agency" && words.some((word) => NEWS_WORDS.has(word))) return OrganizationKind.MEDIA_OUTLET;
  if (CONTEXT_OUTLET_HEADS.has(head) && expectsOutlet(context, chunk)) return OrganizationKind.MEDIA_OUTLET;
  // "Kestavia Air", "Rendahl Motors": a firm's suffix needs the firm's name before it.
  if (chunk.first === chunk.last && NAME_SUFFIX_HEADS.has(head)) return undefined;
  return ORGANIZATION_HEADS.get(head);
}

/** Where a news outlet is expected: "told the X", "according to the X", "reported by the X", "the X reported". */
function expectsOutlet(context: SentenceContext, chunk: Chunk): boolean {
  const { tokens } = context;
  let before = chunk.first - 1;
  if (tokens[before]?.lower === "the") before--;
  const word = tokens[before]?.lower ?? "";
  const previous = tokens[before - 1]?.lower ?? "";
  if (TELLING_FORMS.has(word)) return true;
  if (word === "to" && previous === "according") return true;
  if (word === "by" && ["reported", "published", "cited", "quoted"].includes(previous)) return true;
  if (word === "with" && previous === "interview") return true;
  const verb = matchSpeechVerb(
    tokens.map((token) => token.lower),
    chunk.last + 1,
  );
  return verb !== undefined && verb.form !== "gerund" && verb.verb.kind === StatementKind.REPORT;
}

function trailingCountry(
  words: string,
  countries: LocalCountries,
): { topic: string; country: Country } | undefined {
  const match = /^(.*) of (.+)$/.exec(words);
  if (match === null) return undefined;
  const country = countryNamed(match[2].replace(/^the /i, ""), countries);
  return country !== undefined ? { topic: match[1], country } : undefined;
}

function isGenericOrganization(tokens: readonly Token[], first: number, last: number): boolean {
  return tokens.slice(first, last + 1).every((token) => GENERIC_ORGANIZATION_WORDS.has(token.lower));
}

function placeBySuffix(
  context: SentenceContext,
  chunk: Chunk,
  previousPossessive: Mention | undefined,
): Mention | undefined {
  const kind = PLACE_SUFFIXES.get(headKey(context.tokens, chunk));
  if (kind === undefined || chunk.first === chunk.last) return undefined;
  const mention = baseMention(context, chunk.first, chunk.last, { type: EntityType.Place, entityKind: kind });
  if (previousPossessive?.entityKind === PlaceKind.COUNTRY) mention.scope = previousPossessive;
  return mention;
}

/** "an oil pumping station at the Ryazan Thermal Power Plant": a part named by where it stands. */
function facilitiesAtFacilities(context: SentenceContext, mentions: readonly Mention[]): Mention[] {
  const { tokens } = context;
  const found: Mention[] = [];
  for (const outer of mentions.filter((mention) => mention.type === EntityType.Facility)) {
    let at = outer.firstToken - 1;
    if (tokens[at]?.lower === "the") at--;
    if (tokens[at]?.lower !== "at") continue;
    const headEnd = at - 1;
    let first = headEnd;
    while (
      first - 1 >= 0 &&
      isLowercaseWord(tokens[first - 1]) &&
      !["a", "an", "the"].includes(tokens[first - 1].lower)
    )
      first--;
    if (first > headEnd || !["a", "an", "the"].includes(tokens[first - 1]?.lower ?? "")) continue;
    const words = tokens.slice(first, headEnd + 1).map((token) => token.lower);
    const head = [3, 2, 1]
      .map((length) => words.slice(-length).join(" "))
      .find((phrase) => FACILITY_HEADS.has(phrase));
    if (head === undefined) continue;
    const surface = context.text.slice(tokens[first].start, outer.end);
    const name = `${surface[0].toUpperCase()}${surface.slice(1)}`;
    found.push(
      baseMention(context, first, outer.lastToken, {
        type: EntityType.Facility,
        entityKind: FACILITY_HEADS.get(head),
        name,
        core: name,
        aliases: [surface],
      }),
    );
  }
  return found;
}

/**
 * Anonymous sources MEMBER_OF a body: "an SBU source", "a source in the Coastal Guard",
 * "Russian Emergencies Ministry sources", "sources close to the ministry", "a spokesperson for the authority",
 * "analysts at the Lenz Institute".
 */
function anonymousSources(context: SentenceContext, mentions: Mention[]): Mention[] {
  const { tokens } = context;
  const found: Mention[] = [];
  const bodyEndingAt = (index: number) =>
    outermost(
      mentions.filter((mention) => mention.lastToken === index && mention.type === EntityType.Organization),
    );
  // "analysts at the Lenz Institute": an institute employs people too.
  const bodyStartingAt = (index: number) =>
    outermost(
      mentions.filter(
        (mention) =>
          mention.firstToken === index &&
          (mention.type === EntityType.Organization || mention.entityKind === FacilityKind.INSTITUTE),
      ),
    );
  tokens.forEach((token, index) => {
    const plural = PLURAL_SOURCE_WORDS.has(token.lower);
    if ((!SOURCE_WORDS.has(token.lower) && !plural) || token.quotation !== undefined) return;
    // "a spokesperson for X, Viktor Trehubov": the role of a named person, not an unnamed one.
    const named = mentions.some(
      (mention) => mention.role !== undefined && mention.firstToken <= index && index <= mention.lastToken,
    );
    if (named) return;
    const bodyBefore = bodyEndingAt(index - 1);
    if (bodyBefore !== undefined && !bodyBefore.possessive) {
      const determinerIndex = bodyBefore.firstToken - 1;
      const hasDeterminer = ["a", "an", "one"].includes(tokens[determinerIndex]?.lower ?? "");
      if (plural || hasDeterminer) {
        found.push(
          sourceMention(
            context,
            hasDeterminer ? determinerIndex : bodyBefore.firstToken,
            index,
            bodyBefore,
            token.lower,
          ),
        );
        return;
      }
    }
    // "police sources", "military sources": unnamed, but a group of their own.
    const modifier = tokens[index - 1];
    if (
      token.lower === "sources" &&
      isLowercaseWord(modifier) &&
      !hasAnyTag(modifier, FUNCTION_TAGS) &&
      modifier.lower !== "sources"
    ) {
      found.push(sourceMention(context, index - 1, index, undefined, token.lower));
      return;
    }
    const preposition = tokens[index + 1];
    if (preposition === undefined || !SOURCE_PREPOSITIONS.has(preposition.lower)) return;
    let bodyStart = index + 2;
    if (["close", "familiar"].includes(preposition.lower)) bodyStart++;
    const definite = tokens[bodyStart]?.lower === "the";
    if (definite) bodyStart++;
    const hasDeterminer = ["a", "an", "one"].includes(tokens[index - 1]?.lower ?? "");
    if (!plural && !hasDeterminer) return;
    const first = hasDeterminer ? index - 1 : index;
    // "a spokesperson for the authority": the body is a descriptor the discourse resolves.
    const descriptor = definite ? definiteDescriptorAt(context, mentions, bodyStart - 1) : undefined;
    const describedBody =
      descriptor !== undefined &&
      !descriptor.possessive &&
      unnamedSpeakerOf(descriptor)?.type === EntityType.Organization
        ? descriptor
        : undefined;
    const body = bodyStartingAt(bodyStart) ?? describedBody;
    if (body !== undefined) {
      found.push(sourceMention(context, first, body.lastToken, body, token.lower));
      return;
    }
    // "a source in the governor's office": a source somewhere the article does not name.
    if (preposition.lower === "for") return;
    let last = bodyStart;
    while (
      last + 1 < tokens.length &&
      last - bodyStart < 4 &&
      !tokens[last + 1].punctuation &&
      !isVerbLike(tokens[last + 1])
    ) {
      last++;
    }
    if (tokens[last] !== undefined && !tokens[last].punctuation)
      found.push(sourceMention(context, first, last, undefined, token.lower));
  });
  return found;
}

function isVerbLike(token: Token): boolean {
  return (
    hasAnyTag(token, ["Verb", "Modal", "Auxiliary", "Copula"]) ||
    matchSpeechVerb([token.lower], 0) !== undefined
  );
}

function sourceMention(
  context: SentenceContext,
  first: number,
  last: number,
  body: Mention | undefined,
  noun: string,
): Mention {
  const plural = PLURAL_SOURCE_WORDS.has(noun);
  const phrase = context.text
    .slice(context.tokens[first].start, context.tokens[last].end)
    .replace(/^(a|an|one)\s+/i, "");
  const named = body?.kind === "name";
  const bodyName =
    body === undefined || !named
      ? undefined
      : /^[\p{Lu}.]{2,6}$/u.test(body.surface)
        ? body.surface
        : body.core;
  const name = bodyName !== undefined ? `${bodyName} ${noun}` : phrase;
  const mention = baseMention(context, first, last, {
    type: plural ? EntityType.Organization : EntityType.Person,
    entityKind: plural ? OrganizationKind.GROUP : undefined,
    name,
    core: name,
    anonymous: true,
    articleScoped: true,
    parent: body,
    confidence: CONFIDENCE.entityByCue,
  });
  mention.aliases = [mention.surface];
  return mention;
}

const COMMON_GROUPS = new Map<string, string>([
  ["local residents", "local residents"],
  ["local media", "local media"],
  ["local authorities", "local authorities"],
  ["eyewitnesses", "eyewitnesses"],
  ["international community", "international community"],
]);
const SOURCE_PREPOSITIONS = new Set(["in", "at", "within", "from", "for", "close", "familiar"]);

/** Groups named by common nouns alone: "local residents", "the international community". */
function commonGroups(context: SentenceContext, names: Mention[]): Mention[] {
  const { tokens } = context;
  const found: Mention[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index].quotation !== undefined) continue;
    for (const length of [2, 1]) {
      const last = index + length - 1;
      if (last >= tokens.length) continue;
      const phrase = tokens
        .slice(index, last + 1)
        .map((token) => token.lower)
        .join(" ");
      const name = COMMON_GROUPS.get(phrase);
      if (
        name === undefined ||
        names.some((mention) => mention.firstToken <= index && last <= mention.lastToken)
      )
        continue;
      if (found.some((mention) => mention.lastToken >= index)) continue;
      const group = baseMention(context, index, last, {
        type: EntityType.Organization,
        entityKind: OrganizationKind.GROUP,
        name,
        core: name,
        anonymous: name !== "international community",
        articleScoped: name !== "international community",
        confidence: CONFIDENCE.entityByShape,
      });
      group.aliases = [group.surface];
      found.push(group);
      break;
    }
  }
  return found;
}

/** "The engine's manufacturer, Rendahl Motorworks, said": a name set off after a body's description is that body. */
function typeAppositives(context: SentenceContext, mentions: Mention[]): void {
  const { tokens } = context;
  for (const mention of mentions) {
    if (mention.kind !== "name" || mention.confidence >= CONFIDENCE.entityByCue) continue;
    if (tokens[mention.firstToken - 1]?.text !== ",") continue;
    const description = mentions.find(
      (candidate) => candidate.kind === "descriptor" && candidate.lastToken === mention.firstToken - 2,
    );
    const body = description !== undefined ? unnamedSpeakerOf(description) : undefined;
    if (body?.type !== EntityType.Organization || body.plural) continue;
    mention.type = EntityType.Organization;
    mention.entityKind = body.kind;
    mention.weak = false;
    mention.confidence = CONFIDENCE.entityByCue;
  }
}

/** Every mention in the sentence, in reading order (nested mentions included: a person's organisation, a scope). */
export function findMentions(context: SentenceContext): Mention[] {
  const { tokens } = context;
  const mentions: Mention[] = [];
  let consumedUntil = -1;
  let previousPossessive: Mention | undefined;
  for (const chunk of buildChunks(context)) {
    if (chunk.first <= consumedUntil) continue;
    const adjacentPossessive =
      previousPossessive !== undefined && previousPossessive.lastToken === chunk.first - 1
        ? previousPossessive
        : undefined;
    const classified = classifyChunk(context, chunk, adjacentPossessive);
    mentions.push(...classified.mentions);
    consumedUntil = classified.consumedUntil;
    const lastMention = classified.mentions[classified.mentions.length - 1];
    previousPossessive = lastMention?.possessive ? lastMention : undefined;
  }
  // Possessive countries before lower-case army or government nouns: "Ukraine’s military".
  for (const mention of [...mentions]) {
    const after = tokens[mention.lastToken + 1];
    if (!mention.possessive || mention.entityKind !== PlaceKind.COUNTRY || after === undefined) continue;
    const country = countryNamed(mention.name, context.countries);
    if (country === undefined) continue;
    if (ARMY_NOUNS.has(after.lower))
      mentions.push(armedForcesMention(context, mention.firstToken, mention.lastToken + 1, country));
    if (after.lower === "government") {
      mentions.push(governmentMention(context, mention.firstToken, mention.lastToken + 1, country));
    }
  }
  // "NATO members pledged …": the members speak as the organisation.
  for (const mention of [...mentions]) {
    if (mention.type !== EntityType.Organization || mention.possessive) continue;
    const after = tokens[mention.lastToken + 1]?.lower ?? "";
    const second = tokens[mention.lastToken + 2]?.lower ?? "";
    const extra = ["members", "allies"].includes(after)
      ? 1
      : after === "member" && ["states", "countries"].includes(second)
        ? 2
        : 0;
    if (extra === 0) continue;
    const last = tokens[mention.lastToken + extra];
    mentions.push({
      ...mention,
      end: last.end,
      lastToken: last.index,
      surface: context.text.slice(mention.start, last.end),
      possessive: false,
    });
  }
  mentions.push(...facilitiesAtFacilities(context, mentions));
  attachRoles(context, mentions);
  mentions.push(...anonymousSources(context, mentions));
  mentions.push(...commonGroups(context, mentions));
  mentions.push(...findDescriptors(context, mentions));
  typeAppositives(context, mentions);
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
