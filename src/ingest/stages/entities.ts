// Stage: the names an article uses — people, organisations, places, facilities — from the NLP server's
// named entities, cleaned of titles and party labels, read again with what the whole article says (a
// surname the article gives a person is that person, a place name that reports is an outlet), typed once
// per article (a name the article tags as a place in most mentions is a place in all), and kinds read from
// head words. Events, families, religions and names joined by a slash are no entity.
import { EntityType, OrganizationKind } from "../../graph/model";
import { appendTo } from "../../collections";
import type { NlpEntityMention, NlpToken } from "../annotate";
import { countryNamed } from "../lexicon/countries";
import { EVENT_NOUNS } from "../lexicon/event-nouns";
import { FAMILY_NOUNS } from "../lexicon/family-nouns";
import { SURNAME_KIN_NOUNS } from "../lexicon/kin-nouns";
import { givenNameFirst, withoutGenerationalSuffix } from "../lexicon/name-suffixes";
import {
  FACILITY_KIND_BY_HEAD,
  MEDIA_OUTLETS,
  NAMED_AFTER_HEADS,
  NUMBERED_HEADS,
  OUTLET_OBJECT_VERBS,
  OUTLET_SUBJECT_VERBS,
  ORGANIZATION_KIND_BY_HEAD,
  PARTY_BODY_HEADS,
  PLACE_KIND_BY_NER,
  PLACE_KIND_BY_SUFFIX,
} from "../lexicon/kinds";
import { HEADLINE_WORDS } from "../lexicon/headline-words";
import { LOCATIVE_PREPOSITIONS, US_STATES } from "../lexicon/places";
import { PROGRAMS } from "../lexicon/programs";
import { RELIGIONS } from "../lexicon/religions";
import { ORGANIZATION_NOUNS } from "../lexicon/source-nouns";
import { STAFF_WORDS_AFTER, STAFF_WORDS_BEFORE, TEAM_WORD } from "../lexicon/staff-words";
import { isHonorific, isRoleWord, isTitleWord } from "../lexicon/titles";
import { nameKey, type Span } from "../text";
import type { ArticleDocument, Sentence } from "./document";

export interface NameMention extends Span {
  sentence: number;
  /** The tokens of the name itself (titles left out), end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  kind?: string;
  /** The name as written, titles and party labels left out. */
  name: string;
  headline: boolean;
  /** Inside a quotation: someone's words name it, the article does not. */
  quoted: boolean;
  /**
   * A person's name that is a whole quotation ("a shirt that read 'Fascist Trump'"): a slogan or a title
   * cited as much as a name, so like a headline's names it only links to an entity already known.
   */
  cited?: boolean;
  /** The title words written before the name, lower-case ("secretary", "sen"): evidence for linking it. */
  titles?: string[];
  /** A first name's surname, from kin written before it: "Clinton's husband, Bill" → Clinton. */
  kinSurname?: string;
}

const TYPE_BY_NER: Readonly<Record<string, EntityType | undefined>> = {
  PERSON: EntityType.Person,
  ORGANIZATION: EntityType.Organization,
  COUNTRY: EntityType.Place,
  STATE_OR_PROVINCE: EntityType.Place,
  CITY: EntityType.Place,
  LOCATION: EntityType.Place,
};

const NAME_WORD = /^[\p{Lu}\p{N}]/u;
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * The name's tokens without leading titles ("Mr.", "Sen.", "Republican") and a leading "the". A party label
 * is part of a party's body's name ("Republican National Committee"), not of a person's nor of an institution
 * it holds ("the Republican Senate"); a name that is party labels and nothing more ("Democrats") names no one.
 */
function nameTokens(
  sentence: Sentence,
  mention: NlpEntityMention,
  type: EntityType,
): { start: number; end: number } | undefined {
  let start = mention.tokenStart;
  const end = mention.tokenEnd;
  const partyBody = type === EntityType.Organization && PARTY_BODY_HEADS.has(sentence.tokens[end - 1].lower);
  const leading = (word: string) =>
    word.toLowerCase() === "the" || (partyBody ? isHonorific(word) : isTitleWord(word));
  while (start < end && leading(sentence.tokens[start].text)) start++;
  if (start >= end) return undefined;
  if (sentence.tokens.slice(start, end).every((token) => isTitleWord(token.text))) return undefined;
  return { start, end };
}

/** Head words that name no organisation alone: "the Bank", "the Court" are pieces of a longer name. */
const BARE_HEADS = new Set([
  "bank",
  "court",
  "office",
  "department",
  "agency",
  "committee",
  "council",
  "company",
  "group",
  "foundation",
  "institute",
  "association",
  "organization",
  "service",
  "bureau",
  "commission",
  "fund",
  "center",
  "centre",
  "university",
  "college",
  "party",
  "campaign",
  "administration",
  "ministry",
  "authority",
  "board",
]);

/** Seats of power the NLP server tags as places but that speak and act as institutions. */
const INSTITUTION_PLACES = new Set([
  "white house",
  "oval office",
  "kremlin",
  "pentagon",
  "capitol hill",
  "downing street",
  "élysée",
  "elysee",
  "bankova",
]);

function isPlausibleName(words: readonly string[], type: EntityType): boolean {
  if (words.length === 0 || !NAME_WORD.test(words[0]) || !/[\p{Lu}\p{N}]/u.test(words[words.length - 1]))
    return false;
  if (type === EntityType.Organization && words.length === 1 && BARE_HEADS.has(words[0].toLowerCase()))
    return false;
  if (words.some((word) => /^[@#]/.test(word))) return false;
  if (type === EntityType.Person) {
    // "Donald J", "Mary J": a name cut at an initial; "Trump Is Merely": a headline's words.
    if (INITIAL.test(words[words.length - 1])) return false;
    if (
      !words.every(
        (word) => NAME_WORD.test(word) || /^(?:de|da|van|von|der|del|la|le|al|bin|ibn)$/.test(word),
      )
    )
      return false;
    if (words.length > 4) return false;
  }
  return true;
}

/**
 * What a person's name with a word for their staff or camp stands for: "Team Trump" a campaign, "Top
 * Clinton (aide)" and "Hillary Aide" an aide the article does not name. Either way no person.
 */
function staffNamed(words: readonly string[]): "campaign" | "aide" | undefined {
  if (words.length < 2) return undefined;
  const first = words[0].toLowerCase();
  const last = words[words.length - 1].toLowerCase().replace(/s$/, "");
  if (first === TEAM_WORD) return "campaign";
  return STAFF_WORDS_BEFORE.has(first) || STAFF_WORDS_AFTER.has(last) ? "aide" : undefined;
}

function kindOf(type: EntityType, name: string, ner: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  if (type === EntityType.Organization) {
    if (MEDIA_OUTLETS.has(name.toLowerCase().replace(/^the\s+/, ""))) return "MEDIA_OUTLET";
    return (
      ORGANIZATION_KIND_BY_HEAD.get(last) ??
      words.map((word) => ORGANIZATION_KIND_BY_HEAD.get(word)).find(Boolean)
    );
  }
  if (type === EntityType.Place) {
    if (countryNamed(name) !== undefined) return "COUNTRY";
    if (US_STATES.has(name)) return "REGION";
    return PLACE_KIND_BY_SUFFIX.get(last) ?? PLACE_KIND_BY_NER[ner];
  }
  if (type === EntityType.Facility) {
    for (const [head, kind] of FACILITY_KIND_BY_HEAD) if (name.toLowerCase().endsWith(head)) return kind;
  }
  return undefined;
}

function facilityHead(name: string): boolean {
  const lower = name.toLowerCase();
  return [...FACILITY_KIND_BY_HEAD.keys()].some((head) => lower.endsWith(` ${head}`));
}

/**
 * One type per name in the article: the NLP server may tag "Virginia" a person in one sentence and a state
 * in the next. Places the lexicon knows stay places; otherwise the type most mentions carry wins.
 */
function articleTypes(mentions: readonly NameMention[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const mention of mentions) {
    const key = nameKey(mention.name);
    const counts = votes.get(key) ?? new Map<EntityType, number>();
    counts.set(mention.type, (counts.get(mention.type) ?? 0) + (mention.headline ? 0.5 : 1));
    votes.set(key, counts);
  }
  const types = new Map<string, EntityType>();
  for (const [key, counts] of votes) {
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    types.set(key, best);
  }
  for (const mention of mentions) {
    if (US_STATES.has(mention.name) || countryNamed(mention.name) !== undefined)
      types.set(nameKey(mention.name), EntityType.Place);
  }
  return types;
}

const PROPER = /^NNPS?$/;

/** "Secretary of State Clinton", "former President Clinton": the title words just before a name. */
function titlesBefore(sentence: Sentence, nameStart: number): string[] {
  const titles: string[] = [];
  for (let token = nameStart - 1; token >= 0 && nameStart - token <= 4; token--) {
    const word = sentence.tokens[token];
    if (!isTitleWord(word.text) && !isRoleWord(word) && !/^(?:of|state|former)$/i.test(word.text)) break;
    titles.unshift(word.text.replace(/\.$/, "").toLowerCase());
  }
  // "the legacy of Reagan": a connective with no title before it is none.
  while (titles[0] === "of") titles.shift();
  return titles;
}

/** The token of a span whose head lies outside it: the word the name is built on. */
function headOf(sentence: Sentence, start: number, end: number): number {
  for (let token = end - 1; token >= start; token--) {
    const head = sentence.heads[token];
    if (head < start || head >= end) return token;
  }
  return end - 1;
}

/**
 * A name as far as the parse joins it: the proper nouns compounded onto its head ("Ryazan" + "Thermal Power
 * Plant"), and "of X" after a head word of an organisation or a facility ("Security Service of Ukraine").
 */
function fullName(sentence: Sentence, start: number, end: number): { start: number; end: number } {
  const head = headOf(sentence, start, end);
  const headWord = sentence.tokens[head].lower;
  let first = start;
  let last = end - 1;
  const stack = [head];
  while (stack.length > 0) {
    const token = stack.pop() as number;
    for (const child of sentence.dependents[token]) {
      if (!/^(?:compound|flat)$/.test(sentence.relations[child]) || !PROPER.test(sentence.tokens[child].pos))
        continue;
      // A person's name next to an organisation's ("Court Justice Frank Nervo") is a name of its own,
      // unless the institution is named after them ("the George W. Bush Presidential Center").
      const namedAfter =
        child < head && PROPER.test(sentence.tokens[head].pos) && NAMED_AFTER_HEADS.has(headWord);
      if (sentence.tokens[child].ner === "PERSON" && sentence.tokens[head].ner !== "PERSON" && !namedAfter)
        continue;
      first = Math.min(first, child);
      last = Math.max(last, child);
      stack.push(child);
    }
  }
  // "Intermediate School 285": the number is the name's last word.
  const number = last + 1;
  if (
    NUMBERED_HEADS.has(headWord) &&
    last === head &&
    sentence.heads[number] === head &&
    sentence.relations[number] === "nummod"
  )
    last = number;
  if (
    ORGANIZATION_KIND_BY_HEAD.has(headWord) ||
    [...FACILITY_KIND_BY_HEAD.keys()].some((word) => word.endsWith(headWord))
  ) {
    const of = sentence.dependents[head].find(
      (child) =>
        sentence.relations[child] === "nmod" &&
        child > last &&
        PROPER.test(sentence.tokens[child].pos) &&
        sentence.dependents[child].some((word) => sentence.tokens[word].lower === "of"),
    );
    if (of !== undefined)
      last = Math.max(
        last,
        ...sentence.dependents[of].filter(
          (word) => word > of && /^(?:compound|flat)$/.test(sentence.relations[word]),
        ),
        of,
      );
  }
  // "the Commission on Presidential Debates": the organisation a tagged name is the "of"/"on"/"for" part of.
  const owner = sentence.heads[head];
  if (
    owner >= 0 &&
    owner < first &&
    sentence.relations[head] === "nmod" &&
    PROPER.test(sentence.tokens[owner].pos) &&
    (ORGANIZATION_KIND_BY_HEAD.has(sentence.tokens[owner].lower) ||
      BARE_HEADS.has(sentence.tokens[owner].lower)) &&
    /^(?:of|on|for)$/.test(sentence.tokens[owner + 1].lower) &&
    sentence.tokens.slice(owner + 2, first).every((token) => token.lower === "the")
  )
    first = Math.min(
      owner,
      ...sentence.dependents[owner].filter(
        (child) =>
          /^(?:compound|flat)$/.test(sentence.relations[child]) && PROPER.test(sentence.tokens[child].pos),
      ),
    );
  // Only a contiguous run of words around the tagged name: a gap means the parse joined words the text keeps
  // apart. A dash between spaces ("Burma - Aung San Suu Kyi") is a gap; one inside a name is not.
  const gap = (token: number) => {
    const word = sentence.tokens[token];
    if (word.text === "-")
      return (
        word.start > (sentence.tokens[token - 1]?.end ?? word.start) &&
        (sentence.tokens[token + 1]?.start ?? word.end) > word.end
      );
    return !/[\p{L}\p{N}]/u.test(word.text) && !/^(?:of|&|\.)$/i.test(word.text);
  };
  for (let token = start - 1; token >= first; token--)
    if (gap(token)) {
      first = token + 1;
      break;
    }
  for (let token = end; token <= last; token++)
    if (gap(token)) {
      last = token - 1;
      break;
    }
  // A mark the server took into the name ("‘Black Lives Matter") is no part of it.
  let from = Math.min(first, start);
  let to = Math.max(last + 1, end);
  while (from < to - 1 && gap(from)) from++;
  while (to - 1 > from && gap(to - 1)) to--;
  return { start: from, end: to };
}

const isOrganizationHead = (word: string) =>
  ORGANIZATION_KIND_BY_HEAD.has(word) || BARE_HEADS.has(word) || PARTY_BODY_HEADS.has(word);

/**
 * "White House Press Secretary Josh Earnest": the words between an organisation's head and a role word
 * belong to the title, not to the organisation's name.
 */
function endBeforeRole(sentence: Sentence, start: number, end: number): number {
  if (end >= sentence.tokens.length || !isRoleWord(sentence.tokens[end])) return end;
  let last = end;
  while (last > start && !isOrganizationHead(sentence.tokens[last - 1].lower)) {
    // "University of Washington Professor …": the name ends with its "of" part.
    if (/^(?:of|for|on|at)$/.test(sentence.tokens[last - 1].lower)) return end;
    last--;
  }
  return last > start ? last : end;
}

/**
 * Names that are no entity's, read from the words in and around them: a religion, a law or a programme
 * ("Obamacare", "Medicaid"), an event or a prize ("the
 * Presidential Debates"), an office's "of" part ("Secretary of State"), a family ("the Kennedy clan", "the
 * Clintons"), and two names joined by a slash (a poll's sponsors, "CNN/ORC").
 */
function namesNoEntity(sentence: Sentence, range: { start: number; end: number }, type: EntityType): boolean {
  const { tokens } = sentence;
  const words = tokens.slice(range.start, range.end);
  const name = words.map((word) => word.lower).join(" ");
  if (RELIGIONS.has(name) || PROGRAMS.has(name)) return true;
  if (words.some((word) => word.text === "/" || /\p{L}\/\p{L}/u.test(word.text))) return true;
  if (type === EntityType.Person)
    return (
      FAMILY_NOUNS.has(tokens[range.end]?.lemma.toLowerCase() ?? "") ||
      (words.length === 1 && words[0].pos === "NNPS")
    );
  const head = tokens[headOf(sentence, range.start, range.end)];
  if (EVENT_NOUNS.has(head.lemma.toLowerCase()) || EVENT_NOUNS.has(head.lower)) return true;
  let before = range.start - 1;
  while (before >= 0 && tokens[before].lower === "the") before--;
  return tokens[before]?.lower === "of" && tokens[before - 1]?.lemma.toLowerCase() === "secretary";
}

/** Proper-noun phrases the NLP server leaves untagged whose head word says what they are: "Special Operations Forces". */
function untaggedNames(sentence: Sentence): NlpEntityMention[] {
  const found: NlpEntityMention[] = [];
  sentence.tokens.forEach((token, index) => {
    if (!PROPER.test(token.pos) || (token.ner !== "O" && token.ner !== "TITLE")) return;
    if (
      PROPER.test(sentence.tokens[index + 1]?.pos ?? "") &&
      sentence.heads[index] !== -1 &&
      sentence.relations[index] === "compound"
    )
      return;
    const word = token.lower;
    const organization = ORGANIZATION_KIND_BY_HEAD.has(word);
    const facility = [...FACILITY_KIND_BY_HEAD.keys()].some((head) => head.endsWith(word));
    if (!organization && !facility) return;
    const { start } = fullName(sentence, index, index + 1);
    if (start === index) return;
    found.push({
      tokenStart: start,
      tokenEnd: index + 1,
      ner: "ORGANIZATION",
      text: "",
      start: sentence.tokens[start].start,
      end: token.end,
    });
  });
  return found;
}

/**
 * "Ban's term as U.N. chief expires": a proper noun standing alone that the article elsewhere tags as a
 * person's family name, where the NLP server tagged nothing; the person, so that "he" after it finds them.
 */
function untaggedPeople(sentence: Sentence, familyNames: ReadonlySet<string>): NlpEntityMention[] {
  const found: NlpEntityMention[] = [];
  sentence.tokens.forEach((token, index) => {
    const [before, after] = [sentence.tokens[index - 1], sentence.tokens[index + 1]];
    if (token.ner !== "O" || !PROPER.test(token.pos) || !familyNames.has(token.text)) return;
    if ((before !== undefined && PROPER.test(before.pos)) || (after !== undefined && PROPER.test(after.pos)))
      return;
    found.push({
      tokenStart: index,
      tokenEnd: index + 1,
      ner: "PERSON",
      text: token.text,
      start: token.start,
      end: token.end,
    });
  });
  return found;
}

/** A place the lexicon knows keeps its type whatever the article's people are called ("Washington"). */
function isKnownPlace(name: string): boolean {
  return US_STATES.has(name) || countryNamed(name) !== undefined;
}

function asPerson(document: ArticleDocument, mention: NameMention, tokenStart: number): NameMention {
  const sentence = document.sentences[mention.sentence];
  const start = sentence.tokens[tokenStart].start;
  return {
    ...mention,
    start,
    tokenStart,
    type: EntityType.Person,
    kind: undefined,
    name: document.text.slice(start, mention.end).replace(/[’']s$/, ""),
    titles: titlesBefore(sentence, tokenStart),
  };
}

/**
 * "The Arizona Republic reported", "told the Arizona Republic", "the Dallas Morning News, the Arizona
 * Republic and …": a place name with "the" that reports, is told things, or is listed with outlets, is an
 * outlet.
 */
function readsAsOutlet(
  document: ArticleDocument,
  mention: NameMention,
  mentions: readonly NameMention[],
): boolean {
  const sentence = document.sentences[mention.sentence];
  if (sentence.tokens[mention.tokenStart - 1]?.lower !== "the") return false;
  const head = headOf(sentence, mention.tokenStart, mention.tokenEnd);
  const parent = sentence.heads[head];
  const relation = sentence.relations[head];
  const verb = parent >= 0 ? sentence.tokens[parent].lemma.toLowerCase() : "";
  if (/^nsubj/.test(relation) && OUTLET_SUBJECT_VERBS.has(verb)) return true;
  if (relation === "obj" && OUTLET_OBJECT_VERBS.has(verb)) return true;
  const listedWith = [
    ...(relation === "conj" ? [parent] : []),
    ...sentence.dependents[head].filter((child) => sentence.relations[child] === "conj"),
  ];
  return mentions.some(
    (other) =>
      other.sentence === mention.sentence &&
      other.kind === OrganizationKind.MEDIA_OUTLET &&
      listedWith.some((token) => other.tokenStart <= token && token < other.tokenEnd),
  );
}

/** Whether a name is set beside an organisation noun ("firms - Black, Manafort and Kelly"), or listed with one. */
function listedAsOrganization(sentence: Sentence, mention: NameMention): boolean {
  let token = headOf(sentence, mention.tokenStart, mention.tokenEnd);
  for (let step = 0; step < 4 && /^(?:appos|conj)$/.test(sentence.relations[token]); step++) {
    token = sentence.heads[token];
    if (ORGANIZATION_NOUNS.has(sentence.tokens[token].lemma.toLowerCase())) return true;
  }
  return false;
}

/**
 * Names read again with what the whole article says of its people and outlets. The NLP server types a name
 * sentence by sentence: "Pagliano" is a place one sentence after "Bryan Pagliano" was a person, "Supreme
 * Court Justice Frank Nervo" and "Candidate Trump" are organisations. A name the article gives a person (a
 * full name, or the surname of one) is that person; the words after a role word inside an organisation's
 * name, when they are such a name, are the person, and the words before the role word the organisation.
 * An outlet the lexicon knows, tagged as a person ("Breitbart"), is the outlet unless a person here bears
 * that surname; a place name the words around it read as an outlet is one; an acronym tagged as a place is a
 * body or nothing unless a preposition of place comes before it.
 */
function retypeByArticle(document: ArticleDocument, mentions: readonly NameMention[]): NameMention[] {
  const fullNames = new Set<string>();
  const surnames = new Set<string>();
  const loneNames = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== EntityType.Person) continue;
    const words = givenNameFirst(mention.name.split(/\s+/));
    if (words.length > 1) {
      fullNames.add(nameKey(mention.name));
      surnames.add(nameKey(words[words.length - 1]));
    } else loneNames.add(nameKey(mention.name));
  }
  const isPersonName = (name: string, alone: boolean) => {
    const words = name.split(/\s+/);
    const last = nameKey(words[words.length - 1]);
    if (fullNames.has(nameKey(name))) return true;
    return words.length === 1
      ? surnames.has(last) || (alone && loneNames.has(last))
      : alone && (surnames.has(last) || loneNames.has(last));
  };
  // Surnames by the full names that bear them, to tell a firm named after partners from a person.
  const bearersOf = new Map<string, string[]>();
  for (const name of fullNames) appendTo(bearersOf, name.split(" ").pop() ?? name, name);
  const namesPartners = (mention: NameMention) => {
    const key = nameKey(mention.name);
    const words = key.split(" ");
    return (
      words.length > 1 &&
      words.every((word) => (bearersOf.get(word) ?? []).some((full) => full !== key)) &&
      listedAsOrganization(document.sentences[mention.sentence], mention)
    );
  };
  return mentions.flatMap((mention): NameMention[] => {
    if (mention.type === EntityType.Person) {
      // "two lobbying firms - …, Davis Manafort", founded by Paul Manafort and Rick Davis: a name whose every
      // word is the surname of another person the article names in full, listed as an organisation, is a
      // firm named after its partners. A list of people ("Ryan Williams, Kevin Ryan, Ed Williams") is not.
      if (namesPartners(mention))
        return [{ ...mention, type: EntityType.Organization, kind: OrganizationKind.COMPANY, titles: [] }];
      const outlet = MEDIA_OUTLETS.has(mention.name.toLowerCase()) && !surnames.has(nameKey(mention.name));
      return outlet
        ? [{ ...mention, type: EntityType.Organization, kind: OrganizationKind.MEDIA_OUTLET }]
        : [mention];
    }
    if (isKnownPlace(mention.name)) return [mention];
    if (mention.type === EntityType.Place && readsAsOutlet(document, mention, mentions))
      return [{ ...mention, type: EntityType.Organization, kind: OrganizationKind.MEDIA_OUTLET }];
    if (mention.type === EntityType.Place && /^\p{Lu}{2,}$/u.test(mention.name)) {
      // An acronym tagged as a place: "the VA" is a body, "to veto JASTA" a law; "in NYC", "Washington, DC"
      // and a dateline's "FLINT" are places.
      const before = document.sentences[mention.sentence].tokens[mention.tokenStart - 1];
      if (before?.lower === "the") return [{ ...mention, type: EntityType.Organization, kind: undefined }];
      if (before !== undefined && !LOCATIVE_PREPOSITIONS.has(before.lower) && before.text !== ",") return [];
    }
    if (isPersonName(mention.name, false)) return [asPerson(document, mention, mention.tokenStart)];
    const sentence = document.sentences[mention.sentence];
    let role = -1;
    for (let token = mention.tokenStart; token < mention.tokenEnd - 1; token++)
      if (isRoleWord(sentence.tokens[token])) role = token;
    if (role < 0) return [mention];
    const person = asPerson(document, mention, role + 1);
    if (!isPersonName(person.name, true) || !isPlausibleName(person.name.split(/\s+/), EntityType.Person))
      return [mention];
    if (role === mention.tokenStart) return [person];
    const end = sentence.tokens[role - 1].end;
    const name = document.text.slice(mention.start, end);
    const words = sentence.tokens.slice(mention.tokenStart, role).map((token) => token.text);
    if (!isPlausibleName(words, mention.type)) return [person];
    const organization = { ...mention, end, tokenEnd: role, name, kind: kindOf(mention.type, name, "") };
    return [organization, person];
  });
}

/**
 * What the article's tagged people are called, read once: the words of their names that hold a proper noun
 * (`nameWords`: the tagger sometimes takes a surname for an adjective, "Tad/NNP Devine/JJ" … "Devine/JJ
 * declared", and such a word is a name wherever it is tagged a person), and their family names
 * (`familyNames`: "Ban" of "Ban Ki-moon", "Pagliano" of "Bryan Pagliano", which untaggedPeople looks for).
 */
function personWords(document: ArticleDocument): { nameWords: Set<string>; familyNames: Set<string> } {
  const nameWords = new Set<string>();
  const familyNames = new Set<string>();
  for (const sentence of document.sentences)
    for (const mention of sentence.entities) {
      const tokens = sentence.tokens.slice(mention.tokenStart, mention.tokenEnd);
      if (mention.ner !== "PERSON" || !tokens.some((token) => PROPER.test(token.pos))) continue;
      for (const token of tokens) nameWords.add(token.text);
      const written = document.text.slice(tokens[0].start, tokens[tokens.length - 1].end).split(/\s+/);
      const family = givenNameFirst(written)
        .pop()
        ?.replace(/[’']s$/, "");
      if (family !== undefined && !INITIAL.test(family)) familyNames.add(family);
    }
  return { nameWords, familyNames };
}

/**
 * "Clinton's husband, Bill", "Sanders' wife, Jane": a lone word in apposition to a person's kin is a first
 * name, and the kin's surname is likely its surname too (linking takes it only for a name it knows). The
 * kin is a word the article uses as a person's name or surname.
 */
function withKinSurnames(document: ArticleDocument, mentions: readonly NameMention[]): NameMention[] {
  const surnames = new Set(
    mentions
      .filter((mention) => mention.type === EntityType.Person)
      .map((mention) => {
        const words = withoutGenerationalSuffix(mention.name.split(/\s+/));
        return words[words.length - 1];
      }),
  );
  return mentions.map((mention) => {
    if (mention.type !== EntityType.Person || /\s/.test(mention.name)) return mention;
    const { tokens } = document.sentences[mention.sentence];
    const start = mention.tokenStart;
    const kin = tokens[start - 4];
    if (
      tokens[start - 1]?.text !== "," ||
      !SURNAME_KIN_NOUNS.has(tokens[start - 2]?.lemma.toLowerCase() ?? "") ||
      tokens[start - 3]?.pos !== "POS" ||
      kin === undefined ||
      !PROPER.test(kin.pos) ||
      !surnames.has(kin.text)
    )
      return mention;
    return { ...mention, kinSurname: kin.text };
  });
}

/**
 * "Wealthy Voters Abandon Republican Party", "Trump Was 'Mocking' Clinton Camp": in a headline's capitals
 * the tagger runs a clause into an organisation's or a place's name. A name holds no verb: it starts at
 * the first name word after the last one (the range's end when there is none).
 */
function afterHeadlineVerb(
  sentence: Sentence,
  range: { start: number; end: number },
  isNameWord: (token: NlpToken) => boolean,
): number {
  let verb = -1;
  for (let token = range.start; token < range.end; token++)
    if (sentence.tokens[token].pos.startsWith("VB")) verb = token;
  if (verb < 0) return range.start;
  let start = verb + 1;
  while (start < range.end && !isNameWord(sentence.tokens[start])) start++;
  return start;
}

export function findNames(document: ArticleDocument): NameMention[] {
  const mentions: NameMention[] = [];
  const { nameWords, familyNames } = personWords(document);
  const isNameWord = (token: NlpToken) =>
    PROPER.test(token.pos) || (token.ner === "PERSON" && nameWords.has(token.text));
  document.sentences.forEach((sentence, index) => {
    if (sentence.boilerplate) return;
    const covered = new Set<number>();
    const spans = [
      ...sentence.entities.filter((entity) => TYPE_BY_NER[entity.ner] !== undefined),
      ...untaggedNames(sentence),
      ...untaggedPeople(sentence, familyNames),
    ]
      .map((entity) => ({ entity, ...fullName(sentence, entity.tokenStart, entity.tokenEnd) }))
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    for (let position = 0; position < spans.length; position++) {
      const { entity: tagged, start: expandedStart, end: expandedEnd } = spans[position];
      // "he", "his": the NLP server tags pronouns as people too; a name is a proper noun.
      if (!sentence.tokens.slice(tagged.tokenStart, tagged.tokenEnd).some(isNameWord)) continue;
      // A person's name is what the NLP server tags; titles compounded onto it ("Ostrel Governor") are not.
      if (tagged.ner === "PERSON" && (expandedStart < tagged.tokenStart || expandedEnd > tagged.tokenEnd)) {
        spans.push({ entity: tagged, start: tagged.tokenStart, end: tagged.tokenEnd });
        continue;
      }
      const tokens = Array.from({ length: expandedEnd - expandedStart }, (_, i) => expandedStart + i);
      if (tokens.some((token) => covered.has(token))) continue;
      tokens.forEach((token) => covered.add(token));
      const head = sentence.tokens[headOf(sentence, expandedStart, expandedEnd)];
      // The head word says what the whole is: "the Select Committee on Benghazi" is no place.
      const headNer =
        TYPE_BY_NER[head.ner] === undefined && isOrganizationHead(head.lower) ? "ORGANIZATION" : head.ner;
      const entity = {
        ...tagged,
        tokenStart: expandedStart,
        tokenEnd: expandedEnd,
        ner: TYPE_BY_NER[headNer] !== undefined ? headNer : tagged.ner,
      };
      let type = TYPE_BY_NER[entity.ner];
      if (type === undefined) continue;
      if (type === EntityType.Organization)
        entity.tokenEnd = endBeforeRole(sentence, entity.tokenStart, entity.tokenEnd);
      const range = nameTokens(sentence, entity, type);
      if (range === undefined) continue;
      // "the Supreme Court's Citizens United decision": the name is the owner's; what it owns is another
      // ("People's Daily" is one name: its first word names no organisation).
      const possessive = sentence.tokens.findIndex(
        (token, index) =>
          index > range.start &&
          index < range.end &&
          token.pos === "POS" &&
          isOrganizationHead(sentence.tokens[index - 1].lower),
      );
      if (possessive > 0) range.end = possessive;
      // "Glenn Beck Says Trump", "Paul Ryan With Trump's Blessing": a headline's words run on after a name.
      const runOn = sentence.tokens
        .slice(range.start + 1, range.end)
        .findIndex((token) => HEADLINE_WORDS.has(token.lower));
      if (type === EntityType.Person && runOn >= 0) range.end = range.start + 1 + runOn;
      if (type !== EntityType.Person && sentence.headline) {
        range.start = afterHeadlineVerb(sentence, range, isNameWord);
        if (range.start >= range.end) continue;
      }
      // The words as written: "Ban Ki-moon" is two, though the NLP server splits "Ki - moon".
      const words = document.text
        .slice(sentence.tokens[range.start].start, sentence.tokens[range.end - 1].end)
        .split(/\s+/);
      // "WASHINGTON —": a dateline names where the report comes from, nothing more.
      const dateline =
        range.start === 0 &&
        /^[\p{Lu}\s.,]+$/u.test(words.join(" ")) &&
        /^[—–-]/.test(sentence.tokens[range.end]?.text ?? "");
      if (dateline || !isPlausibleName(words, type) || namesNoEntity(sentence, range, type)) continue;
      const staff = type === EntityType.Person ? staffNamed(words) : undefined;
      if (staff === "aide") continue;
      if (staff === "campaign") type = EntityType.Organization;
      const start = sentence.tokens[range.start].start;
      const end = sentence.tokens[range.end - 1].end;
      const name = document.text.slice(start, end).replace(/[’']s$/, "");
      // "Burma - Aung San Suu Kyi": a dash between spaces joins two names.
      if (/\s[-–—]\s/.test(name)) continue;
      // A shirt that read "Fascist Trump", a headline cited ("Francesco Excommunicates Trump"): words quoted
      // for themselves, the quotation nothing but the name, may be a slogan or a title rather than a name.
      const quotation = sentence.quotationOf[range.start];
      const cited =
        type === EntityType.Person &&
        words.length > 1 &&
        quotation !== undefined &&
        document.text
          .slice(quotation.start, quotation.end)
          .replace(/[\s,.;:!?]+$/u, "")
          .trim() === name;
      if (type !== EntityType.Person && facilityHead(name)) type = EntityType.Facility;
      if (INSTITUTION_PLACES.has(name.toLowerCase().replace(/^the\s+/, ""))) type = EntityType.Organization;
      mentions.push({
        start,
        end,
        sentence: index,
        tokenStart: range.start,
        tokenEnd: range.end,
        type,
        kind: kindOf(type, name, entity.ner),
        name,
        headline: sentence.headline,
        quoted: sentence.quotationOf[range.start] !== undefined,
        ...(cited ? { cited } : {}),
        titles: titlesBefore(sentence, range.start),
      });
    }
  });
  const retyped = withKinSurnames(document, retypeByArticle(document, mentions));
  const types = articleTypes(retyped);
  return retyped.map((mention) => {
    const type = types.get(nameKey(mention.name)) ?? mention.type;
    if (type === mention.type) return mention;
    return {
      ...mention,
      type,
      kind: kindOf(type, mention.name, type === EntityType.Place ? "LOCATION" : ""),
    };
  });
}

/** The name mention that covers a token, if any. */
export function nameAt(
  mentions: readonly NameMention[],
  sentence: number,
  token: number,
): NameMention | undefined {
  return mentions.find(
    (mention) => mention.sentence === sentence && mention.tokenStart <= token && token < mention.tokenEnd,
  );
}
