// Building mentions from tokens: the common fields, countries, governments and armed forces named through a
// country ("Russian officials", "Ukraine’s military"), ministries named by topic.
import { EntityType, OrganizationKind, PlaceKind } from "../graph/model";
import { countryOfDemonym, ofCountry, type Country } from "./gazetteer";
import { CONFIDENCE } from "./marks";
import type { Mention } from "./mention";
import { MINISTRY_TOPICS } from "./name-words";
import { spanText, type Chunk, type SentenceContext } from "./name-chunks";

export function baseMention(
  context: SentenceContext,
  first: number,
  last: number,
  fields: Partial<Mention>,
): Mention {
  const { tokens } = context;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const surface = context.text.slice(start, end);
  return {
    kind: "name",
    start,
    end,
    firstToken: first,
    lastToken: last,
    surface,
    name: surface,
    core: surface,
    aliases: [],
    anonymous: false,
    articleScoped: false,
    possessive: tokens[last].possessive,
    qualifiers: [],
    weak: false,
    confidence: CONFIDENCE.entityByCue,
    ...fields,
  };
}

export function countryMention(
  context: SentenceContext,
  index: number,
  country: Country,
  surface?: string,
  last = index,
): Mention {
  const token = context.tokens[last];
  return baseMention(context, index, last, {
    type: EntityType.Place,
    entityKind: PlaceKind.COUNTRY,
    name: country.name,
    core: country.name,
    aliases: surface !== undefined && surface !== country.name ? [surface] : [],
    possessive: token.possessive,
  });
}

export function governmentMention(
  context: SentenceContext,
  first: number,
  last: number,
  country: Country,
): Mention {
  return baseMention(context, first, last, {
    type: EntityType.Organization,
    entityKind: OrganizationKind.GOVERNMENT,
    name: `Government of ${ofCountry(country.name)}`,
    core: "Government",
    aliases: [spanText(context, context.tokens[first], context.tokens[last])],
    scope: countryMentionAt(context, first, country),
  });
}

export function armedForcesMention(
  context: SentenceContext,
  first: number,
  last: number,
  country: Country,
): Mention {
  return baseMention(context, first, last, {
    type: EntityType.Organization,
    entityKind: OrganizationKind.ARMED_FORCES,
    name: `Armed Forces of ${ofCountry(country.name)}`,
    core: "Armed Forces",
    aliases: [spanText(context, context.tokens[first], context.tokens[last])],
    scope: countryMentionAt(context, first, country),
  });
}

/** A country implied by a demonym or possessive at `index`; its span is that word. */
export function countryMentionAt(context: SentenceContext, index: number, country: Country): Mention {
  const mention = countryMention(context, index, country);
  return { ...mention, aliases: [], implied: true, confidence: CONFIDENCE.entityByCue };
}

export function ministryName(topicWords: string): string {
  const topic = MINISTRY_TOPICS.get(topicWords.toLowerCase()) ?? topicWords;
  return `Ministry of ${topic}`;
}

/** The country a chunk's first word names as a demonym ("Russian", "U.S."), if more words follow. */
export function leadingCountry(context: SentenceContext, chunk: Chunk): Country | undefined {
  if (chunk.last === chunk.first) return undefined;
  const first = context.tokens[chunk.first];
  if (first.possessive) return undefined;
  return countryOfDemonym(first.text, context.countries);
}

export function outermost(mentions: Mention[]): Mention | undefined {
  return [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}
