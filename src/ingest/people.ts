// People described around their names: titles ("Ostrel Governor Milena Sarkova", "U.S. President X"),
// descriptions ("a spokesperson for X, Name", "Name, the chief at X") and the roles they state (HOLDS_ROLE).
import { EntityType, OrganizationKind } from "../graph/model";
import { countryNamed, countryOfDemonym, ofCountry, type Country } from "./gazetteer";
import { CONFIDENCE } from "./marks";
import type { Mention, RoleInfo } from "./mention";
import { baseMention, countryMentionAt, ministryName, outermost } from "./mention-builders";
import {
  FACILITY_HEADS,
  HEAD_OF_STATE_TITLES,
  MINISTRY_TOPICS,
  OFFICE_TITLES,
  ORGANIZATION_HEADS,
  PLACE_SUFFIXES,
  RANKS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from "./name-words";
import { hasAnyTag, isLowercaseWord, spanText, type Chunk, type SentenceContext } from "./name-chunks";
import { matchSpeechVerb } from "./speech-verbs";
import type { Token } from "./tokens";

/** Types a name chunk (the words before a title: "Ostrel" in "Ostrel Governor …"). */
export type ClassifyChunk = (
  chunk: Chunk,
  previousPossessive: Mention | undefined,
) => { mentions: Mention[] };

/** Splits "Russian Deputy Foreign Minister Alexander Grushko" into scope, title and the personal name. */
export interface TitledName {
  preTitle: [number, number] | undefined;
  title: [number, number];
  name: [number, number];
}

export function isPlainNameWord(token: Token): boolean {
  const lower = token.lower;
  return (
    !token.acronym &&
    !TITLE_WORDS.has(lower) &&
    !ORGANIZATION_HEADS.has(lower) &&
    !FACILITY_HEADS.has(lower) &&
    !PLACE_SUFFIXES.has(lower) &&
    countryNamed(token.text) === undefined &&
    countryOfDemonym(token.text) === undefined &&
    lower !== "of" &&
    lower !== "the" &&
    lower !== "and"
  );
}

export function splitTitledName(
  tokens: readonly Token[],
  first: number,
  last: number,
): TitledName | undefined {
  let nameStart = last;
  while (nameStart - 1 >= first && last - nameStart < 2 && isPlainNameWord(tokens[nameStart - 1]))
    nameStart--;
  if (!isPlainNameWord(tokens[last])) return undefined;
  // Names are at most three words; the word before must be a title.
  let titleStart = nameStart;
  while (titleStart - 1 >= first && TITLE_WORDS.has(tokens[titleStart - 1].lower)) titleStart--;
  if (titleStart === nameStart) return undefined;
  const titleWords = tokens.slice(titleStart, nameStart).map((token) => token.lower);
  if (!titleWords.some((word) => OFFICE_TITLES.has(word))) return undefined;
  // "Foreign Minister" needs its "Minister": a bare topic word is part of an organisation name.
  return {
    preTitle: titleStart > first ? [first, titleStart - 1] : undefined,
    title: [titleStart, nameStart - 1],
    name: [nameStart, last],
  };
}

export function personMention(
  context: SentenceContext,
  first: number,
  last: number,
  confidence: number,
): Mention {
  const { tokens } = context;
  const name = spanText(context, tokens[first], tokens[last]);
  return baseMention(context, first, last, {
    type: EntityType.Person,
    name,
    core: name,
    aliases: [],
    confidence,
  });
}

/** The organisation an office belongs to when only a country is given: "Russian Foreign Minister" → its ministry. */
function officeOrganization(
  context: SentenceContext,
  titleWords: string[],
  titleSpan: [number, number],
  scope: Mention | undefined,
): Mention | undefined {
  if (scope === undefined) return undefined;
  const scopeName = scope.name;
  const [first, last] = titleSpan;
  const ministerAt = titleWords.indexOf("minister");
  const topic = titleWords
    .slice(0, ministerAt)
    .filter((word) => word !== "deputy" && word !== "first" && word !== "acting" && word !== "former")
    .join(" ");
  if (ministerAt > 0 && MINISTRY_TOPICS.has(topic)) {
    const core = ministryName(topic);
    return baseMention(context, first, last, {
      type: EntityType.Organization,
      entityKind: OrganizationKind.MINISTRY,
      name: `${core} of ${ofCountry(scopeName)}`,
      core,
      scope,
      implied: true,
    });
  }
  const office = titleWords.find((word) => OFFICE_TITLES.has(word) || HEAD_OF_STATE_TITLES.has(word));
  if (office === undefined || RANKS.has(office)) return undefined;
  if (titleWords.includes("commander-in-chief")) {
    return baseMention(context, first, last, {
      type: EntityType.Organization,
      entityKind: OrganizationKind.ARMED_FORCES,
      name: `Armed Forces of ${ofCountry(scopeName)}`,
      core: "Armed Forces",
      scope,
      implied: true,
    });
  }
  if (HEAD_OF_STATE_TITLES.has(office) || office === "governor" || office === "mayor") {
    return baseMention(context, first, last, {
      type: EntityType.Organization,
      entityKind: OrganizationKind.GOVERNMENT,
      name: `Government of ${ofCountry(scopeName)}`,
      core: "Government",
      scope,
      implied: true,
    });
  }
  return undefined;
}

export function titledPerson(
  context: SentenceContext,
  chunk: Chunk,
  titled: TitledName,
  scopeCountry: Country | undefined,
  previousPossessive: Mention | undefined,
  classify: ClassifyChunk,
): Mention[] {
  const { tokens } = context;
  const mentions: Mention[] = [];
  let scope: Mention | undefined;
  if (scopeCountry !== undefined) {
    scope = countryMentionAt(context, chunk.first, scopeCountry);
    mentions.push(scope);
  } else if (previousPossessive?.type === EntityType.Place) {
    scope = previousPossessive;
  }
  let organization: Mention | undefined;
  if (titled.preTitle !== undefined) {
    const [preFirst, preLast] = titled.preTitle;
    const preChunk: Chunk = { first: preFirst, last: preLast };
    const preResult = classify(preChunk, scope);
    const pre = preResult.mentions[preResult.mentions.length - 1];
    if (pre?.type === EntityType.Organization) {
      organization = pre;
      mentions.push(...preResult.mentions);
    } else if (pre !== undefined) {
      // "Ostrel Governor": a place before the title scopes the office.
      scope = { ...pre, type: pre.type ?? EntityType.Place, weak: false };
      mentions.push(scope);
    }
  }
  const titleWords = tokens.slice(titled.title[0], titled.title[1] + 1).map((token) => token.lower);
  const titleText = spanText(context, tokens[titled.title[0]], tokens[titled.title[1]]);
  const former = tokens[chunk.first - 1]?.lower === "former";
  organization ??= officeOrganization(context, titleWords, titled.title, scope);
  if (organization !== undefined && !mentions.includes(organization)) mentions.push(organization);
  const person = personMention(context, titled.name[0], titled.name[1], CONFIDENCE.entityByCue);
  const phraseStart = former ? chunk.first - 1 : chunk.first;
  const fullSurface = context.text.slice(tokens[phraseStart].start, tokens[chunk.last].end);
  const withoutScope = spanText(context, tokens[titled.title[0]], tokens[chunk.last]);
  const onlyRanks = titleWords.every((word) => RANKS.has(word) || !OFFICE_TITLES.has(word));
  const role: RoleInfo | undefined = onlyRanks
    ? undefined
    : {
        title: former ? `former ${titleText}` : titleText,
        organization,
        span: { start: tokens[phraseStart].start, end: tokens[chunk.last].end },
      };
  const spanStart =
    scope !== undefined && scope.start < tokens[phraseStart].start ? scope.firstToken : phraseStart;
  mentions.push({
    ...person,
    start: tokens[spanStart].start,
    firstToken: spanStart,
    surface: context.text.slice(tokens[spanStart].start, tokens[chunk.last].end),
    aliases: [...new Set([fullSurface, withoutScope])],
    role,
    scope,
    qualifiers: former ? ["former"] : [],
  });
  return mentions;
}

/**
 * People described around their name: "Foreign Ministry spokesperson Heorhii Tykhyi",
 * "Andrii Kovalenko, the counter-disinformation chief at X", "a spokesperson for X, Viktor Trehubov".
 */
export function attachRoles(context: SentenceContext, mentions: Mention[]): void {
  const { tokens } = context;
  const organizationEndingAt = (index: number) =>
    outermost(
      mentions.filter((mention) => mention.lastToken === index && mention.type === EntityType.Organization),
    );
  const organizationStartingAt = (index: number) =>
    outermost(
      mentions.filter((mention) => mention.firstToken === index && mention.type === EntityType.Organization),
    );

  for (const person of mentions.filter(
    (mention) => mention.type === EntityType.Person || isUntypedPair(mention),
  )) {
    if (person.role !== undefined) continue;
    // "Foreign Ministry spokesperson Heorhii Tykhyi": organisation, lower-case role, name.
    let roleEnd = person.firstToken - 1;
    let roleStart = roleEnd;
    while (roleStart >= 0 && isLowercaseWord(tokens[roleStart]) && isRoleWord(tokens[roleStart].lower))
      roleStart--;
    roleStart++;
    if (roleStart <= roleEnd && ROLE_NOUNS.has(tokens[roleEnd].lower)) {
      const organization = organizationEndingAt(roleStart - 1);
      if (organization !== undefined) {
        setRole(context, person, organization, roleStart, roleEnd, organization.firstToken, person.lastToken);
        continue;
      }
      // "federation chair Rosa Kettil told …": the role words belong to the speaker phrase.
      let describedFrom = roleEnd;
      while (describedFrom - 1 >= roleStart && isDescriptiveWord(tokens[describedFrom - 1])) describedFrom--;
      if (person.type === EntityType.Person) {
        setRole(context, person, undefined, describedFrom, roleEnd, describedFrom, person.lastToken);
        continue;
      }
    }
    // "Name, the counter-disinformation chief at Organization".
    if (tokens[person.lastToken + 1]?.text === ",") {
      const described = roleAfter(context, person.lastToken + 2);
      if (described !== undefined) {
        const organization = organizationStartingAt(described.prepositionIndex + 1);
        if (organization !== undefined) {
          setRole(
            context,
            person,
            organization,
            described.roleStart,
            described.roleEnd,
            person.firstToken,
            organization.lastToken,
          );
          continue;
        }
      }
    }
    // "a spokesperson for Organization, Name".
    if (tokens[person.firstToken - 1]?.text === ",") {
      const organization = organizationEndingAt(person.firstToken - 2);
      if (organization !== undefined) {
        const article = tokens[organization.firstToken - 1]?.lower === "the" ? 1 : 0;
        const preposition = tokens[organization.firstToken - 1 - article];
        if (preposition !== undefined && ["for", "of", "at", "with"].includes(preposition.lower)) {
          roleEnd = organization.firstToken - 2 - article;
          roleStart = roleEnd;
          while (roleStart >= 0 && isLowercaseWord(tokens[roleStart]) && isRoleWord(tokens[roleStart].lower))
            roleStart--;
          const determiner = tokens[roleStart];
          if (
            roleStart < roleEnd &&
            determiner !== undefined &&
            ["a", "an", "the"].includes(determiner.lower)
          ) {
            if (ROLE_NOUNS.has(tokens[roleEnd].lower)) {
              setRole(context, person, organization, roleStart + 1, roleEnd, roleStart, person.lastToken);
            }
          }
        }
      }
    }
  }
}

/** A noun or adjective describing a role ("federation", "senior"), not a verb ("added", "told"). */
function isDescriptiveWord(token: Token): boolean {
  if (matchSpeechVerb([token.lower], 0) !== undefined) return false;
  return hasAnyTag(token, ["Noun", "Adjective"]) && !hasAnyTag(token, ["Verb", "Determiner", "Preposition"]);
}

function isUntypedPair(mention: Mention): boolean {
  return mention.type === undefined && mention.lastToken > mention.firstToken;
}

function isRoleWord(lower: string): boolean {
  return (
    /^[\p{Ll}-]+$/u.test(lower) &&
    !["a", "an", "the", "and", "of", "for", "at", "with", "said", "says"].includes(lower)
  );
}

function roleAfter(
  context: SentenceContext,
  from: number,
): { roleStart: number; roleEnd: number; prepositionIndex: number } | undefined {
  const { tokens } = context;
  let index = from;
  if (["a", "an", "the"].includes(tokens[index]?.lower ?? "")) index++;
  const roleStart = index;
  while (isLowercaseWord(tokens[index]) && isRoleWord(tokens[index].lower) && index - roleStart < 4) index++;
  const roleEnd = index - 1;
  if (roleEnd < roleStart || !ROLE_NOUNS.has(tokens[roleEnd].lower)) return undefined;
  if (!["at", "of", "for", "with"].includes(tokens[index]?.lower ?? "")) return undefined;
  return { roleStart, roleEnd, prepositionIndex: tokens[index + 1]?.lower === "the" ? index + 1 : index };
}

function setRole(
  context: SentenceContext,
  person: Mention,
  organization: Mention | undefined,
  roleStart: number,
  roleEnd: number,
  phraseFirst: number,
  phraseLast: number,
): void {
  const { tokens } = context;
  const start = tokens[phraseFirst].start;
  const end = tokens[phraseLast].end;
  person.type = EntityType.Person;
  person.weak = false;
  person.confidence = Math.max(person.confidence, CONFIDENCE.entityByCue);
  person.role = {
    title: spanText(context, tokens[roleStart], tokens[roleEnd]),
    organization,
    span: { start, end },
  };
  // The speaker phrase covers the whole description, so "…, Name, said" finds the person.
  if (start < person.start || end > person.end) {
    const phrase = context.text.slice(start, end);
    if (phraseFirst < person.firstToken && !phrase.includes(","))
      person.aliases = [...person.aliases, phrase];
    person.start = Math.min(person.start, start);
    person.end = Math.max(person.end, end);
    person.firstToken = Math.min(person.firstToken, phraseFirst);
    person.lastToken = Math.max(person.lastToken, phraseLast);
    person.surface = context.text.slice(person.start, person.end);
  }
}
