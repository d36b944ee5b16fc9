// Likely duplicate entities, scored: pure, so the rules can be read and tested without a database.
// Entities arrive in blocks that share a key (a person's surname, an organisation's acronym, a
// normalised name); each pair in a block is scored by the strongest reason it has, and pairs scoring
// under DUPLICATE_MIN_SCORE are not proposed.
import { appendTo } from "../collections";
import { firstNameForms, sameGivenNames } from "../ingest/lexicon/given-names";
import { givenNameFirst, withoutGenerationalSuffix } from "../ingest/lexicon/name-suffixes";
import { honorificRulesOut, officeWords } from "../ingest/lexicon/titles";
import { EntityType } from "./model";
import { prominentNamesake } from "./namesakes";
import { searchTokens } from "./search-text";

export interface DuplicateMember {
  id: string;
  name: string;
  aliases: string[];
  /** How many statements it said: the better-known entity of a pair is proposed as the one to keep. */
  statements: number;
  /** How many statements name it: with `statements`, how prominent it is (graph/namesakes). */
  mentions: number;
  /** The titles it was written with where it spoke ("president" for "President Obama said"). */
  titles?: string[];
}

export enum DuplicateReason {
  /** One's name or alias is the other's name or alias (case, accents, punctuation and "the" aside). */
  SAME_NAME = "SAME_NAME",
  /** "Donald J. Trump" and "Donald Trump": first and last name agree, middle names or initials aside. */
  SAME_FIRST_AND_LAST_NAME = "SAME_FIRST_AND_LAST_NAME",
  /** "Trump" and "Donald Trump", the only person of that surname with a first name. */
  SURNAME_OF_ONLY_NAMESAKE = "SURNAME_OF_ONLY_NAMESAKE",
  /** "Trump" and "Donald Trump", far more prominent than the other people of that surname together. */
  SURNAME_OF_PROMINENT_NAMESAKE = "SURNAME_OF_PROMINENT_NAMESAKE",
  /** "Obama" and "Barack Obama", the only person of that surname written with the office it speaks in. */
  SURNAME_AND_TITLE_OF_NAMESAKE = "SURNAME_AND_TITLE_OF_NAMESAKE",
  /** "Jim Quinn" and "James Quinn": one first name is a short form of the other (given-names lexicon). */
  NICKNAME = "NICKNAME",
  /** "Chris Christie" and "Christopher Christie": one first name starts the other. */
  SHORT_FIRST_NAME = "SHORT_FIRST_NAME",
  /** "Hillary" and "Hillary Clinton", far more prominent than the other people the word may name. */
  FIRST_NAME_OF_PROMINENT_NAMESAKE = "FIRST_NAME_OF_PROMINENT_NAMESAKE",
  /** "Jeb Quinn" and "John Ellis Quinn": one first name spells the initials of the other's names. */
  INITIALS = "INITIALS",
  /** "Ted Quinn" and "Rafael Edward Quinn": one goes by the other's middle name (or a form of it). */
  MIDDLE_NAME = "MIDDLE_NAME",
  /** "Mario Quinn" and "Marco Quinn": first names one letter apart, one of them rare next to the other. */
  SPELLING = "SPELLING",
  /** "FBI" and "Federal Bureau of Investigation". */
  ACRONYM = "ACRONYM",
  /** A name waiting for review ("Obama") whose candidates were all merged into one ("Barack Obama"). */
  CANDIDATES_MERGED = "CANDIDATES_MERGED",
  /** A name waiting for review written with an office ("Secretary Clinton") one candidate alone holds. */
  TITLE_OF_ONE_CANDIDATE = "TITLE_OF_ONE_CANDIDATE",
  /** A lone word waiting for review ("Obama") of which one candidate has become the prominent namesake. */
  PROMINENT_CANDIDATE = "PROMINENT_CANDIDATE",
  /**
   * A lone word waiting for review ("Clinton", said beside Donald Trump) whose company — the entities its
   * statements name — one candidate is named with far more often than the other people it may name.
   */
  CANDIDATE_OF_ITS_COMPANY = "CANDIDATE_OF_ITS_COMPANY",
}

export const DUPLICATE_SCORES: Record<DuplicateReason, number> = {
  SAME_NAME: 0.95,
  CANDIDATES_MERGED: 0.9,
  SAME_FIRST_AND_LAST_NAME: 0.9,
  ACRONYM: 0.85,
  SURNAME_OF_ONLY_NAMESAKE: 0.8,
  SURNAME_OF_PROMINENT_NAMESAKE: 0.75,
  SURNAME_AND_TITLE_OF_NAMESAKE: 0.75,
  TITLE_OF_ONE_CANDIDATE: 0.75,
  NICKNAME: 0.75,
  SHORT_FIRST_NAME: 0.7,
  FIRST_NAME_OF_PROMINENT_NAMESAKE: 0.7,
  PROMINENT_CANDIDATE: 0.7,
  CANDIDATE_OF_ITS_COMPANY: 0.65,
  INITIALS: 0.65,
  MIDDLE_NAME: 0.65,
  SPELLING: 0.6,
};

export const DUPLICATE_MIN_SCORE = 0.5;

export interface DuplicatePair {
  /**
   * The one to keep: the one named in full over a lone word (the kept entity keeps its name: "Barack Obama",
   * not "Obama"), then the one that said more, then the one with the longer name, then the smaller id. A
   * name waiting for review is always the one to merge.
   */
  keep: DuplicateMember;
  merge: DuplicateMember;
  reason: DuplicateReason;
  score: number;
  /** The reason in words, naming the names that matched. */
  explanation: string;
}

const CONNECTIVES = new Set(["of", "the", "and", "for", "de", "la"]);

function tokens(name: string): string[] {
  return searchTokens(name.replace(/\./g, "")).filter((word) => word !== "the");
}

/** A name as compared: lower-case words, "the" and possessives left out. */
function nameKey(name: string): string {
  return tokens(name)
    .map((word) => word.replace(/'s$/, ""))
    .join(" ");
}

/**
 * A person's name words, without a generational suffix ("Jr.", "III": after the surname, not it). A
 * first name with a suffix ("Donald Jr.") is a name of its own: the son, never a first name alone.
 */
function personTokens(name: string): string[] {
  return withoutGenerationalSuffix(tokens(givenNameFirst(name.split(/\s+/)).join(" ")));
}

/** A person's name without middle names, initials or a generational suffix. */
function firstAndLast(name: string): string[] {
  const parts = personTokens(name).filter((word) => word.length > 1);
  return parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
}

/** Whether two words are one letter apart: one added, left out or changed ("mario", "marco"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return endA - start <= 1 && endB - start <= 1;
}

/** Whether a first name spells the initials of a person's names ("jeb": John Ellis Bush). */
function spellsInitials(firstName: string, name: string): boolean {
  const words = personTokens(name);
  const initials = words.map((word) => word[0]).join("");
  return words.length > 2 && (firstName === initials || firstName === initials.slice(0, -1));
}

/** The initial a name opens with before a middle name ("b" of "B. Hussein Obama"), or undefined. */
function leadingInitial(name: string): string | undefined {
  const words = personTokens(name);
  return words.length > 2 && words[0].length === 1 ? words[0] : undefined;
}

/**
 * "B. Hussein Obama" and Barack Obama: a name opening with an initial is the one person of the surname whose
 * first name that initial begins, when that person is prominent (graph/namesakes). Two such namesakes
 * ("G. Walker Bush": George W. and George H. W.) and nothing is proposed.
 */
function initialledNamesake(
  initialled: DuplicateMember,
  full: DuplicateMember,
  block: readonly DuplicateMember[],
): { initial: string; full: DuplicateMember } | undefined {
  const initial = leadingInitial(initialled.name);
  if (initial === undefined || leadingInitial(full.name) !== undefined) return undefined;
  const surname = firstAndLast(initialled.name)[1];
  const bearers = block.filter((member) => {
    const parts = firstAndLast(member.name);
    return (
      leadingInitial(member.name) === undefined &&
      parts.length === 2 &&
      parts[1] === surname &&
      parts[0].startsWith(initial)
    );
  });
  return bearers.length === 1 && bearers[0] === full && prominentNamesake(bearers, prominence) === full
    ? { initial, full }
    : undefined;
}

/** A person's middle names, initials left out: "rafael edward cruz" → edward. */
function middleNames(name: string): string[] {
  return personTokens(name)
    .slice(1, -1)
    .filter((word) => word.length > 1);
}

/**
 * "Ted Cruz" and "Rafael Edward Cruz": someone who goes by a middle name (or a form of it: Ted for Edward).
 * Proposed when the full name is the only one of the surname with that middle name and the short one is
 * prominent next to it (graph/namesakes), as a person's formal name is rare next to the one they go by.
 */
function middleNamed(
  short: DuplicateMember,
  full: DuplicateMember,
  block: readonly DuplicateMember[],
): { name: string; full: DuplicateMember } | undefined {
  const [first, surname] = firstAndLast(short.name);
  if (surname === undefined || middleNames(short.name).length > 0) return undefined;
  const forms = new Set(firstNameForms(first));
  const bearers = block.filter(
    (member) =>
      firstAndLast(member.name)[1] === surname &&
      middleNames(member.name).some((middle) => forms.has(middle)),
  );
  return bearers.length === 1 && bearers[0] === full && prominentNamesake([short, full], prominence) === short
    ? { name: short.name, full }
    : undefined;
}

/** "Federal Bureau of Investigation" → "fbi"; empty for a name of one word. */
export function acronymOf(name: string): string {
  const words = tokens(name).filter((word) => !CONNECTIVES.has(word));
  return words.length > 1 ? words.map((word) => word[0]).join("") : "";
}

function isAcronym(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name.replace(/\./g, ""));
}

/** The block keys of an entity: pairs are only looked for among entities sharing one. */
function blockKeys(type: EntityType, member: Pick<DuplicateMember, "name" | "aliases">): string[] {
  const keys = new Set<string>();
  for (const name of [member.name, ...member.aliases]) {
    const words = type === EntityType.Person ? firstAndLast(name) : tokens(name);
    if (words.length === 0) continue;
    if (type === EntityType.Person) {
      // A person is compared with everyone bearing their surname, and with everyone bearing their first
      // name (or a form of it) as a name: a lone word ("Hillary") meets all the people it may name.
      keys.add(`word:${words[words.length - 1]}`);
      if (words.length > 1) for (const form of firstNameForms(words[0])) keys.add(`word:${form}`);
    } else {
      keys.add(`name:${nameKey(name)}`);
      const acronym = isAcronym(name) ? name.replace(/\./g, "").toLowerCase() : acronymOf(name);
      if (acronym.length >= 2) keys.add(`acronym:${acronym}`);
    }
  }
  return [...keys];
}

/** The blocks of entities sharing a key, each compared pair by pair; blocks over `maxBlock` are left out. */
export function blocksOf(
  type: EntityType,
  members: readonly DuplicateMember[],
  maxBlock: number,
): DuplicateMember[][] {
  return [...blockIndex(type, members).values()].filter(
    (block) => block.length > 1 && block.length <= maxBlock,
  );
}

/** The entities sharing each block key. */
function blockIndex(type: EntityType, members: Iterable<DuplicateMember>): Map<string, DuplicateMember[]> {
  const blocks = new Map<string, DuplicateMember[]>();
  for (const member of members) for (const key of blockKeys(type, member)) appendTo(blocks, key, member);
  return blocks;
}

function sameName(a: DuplicateMember, b: DuplicateMember, person: boolean): [string, string] | undefined {
  // A person's alias of one word ("Grayson") is a surname or a first name that many people share: it
  // says nothing on its own (SURNAME_OF_ONLY_NAMESAKE weighs it against the other namesakes).
  const names = (member: DuplicateMember) =>
    person && tokens(member.name).length > 1
      ? [member.name, ...member.aliases.filter((alias) => tokens(alias).length > 1)]
      : [member.name, ...member.aliases];
  for (const x of names(a))
    for (const y of names(b)) if (nameKey(x) === nameKey(y) && nameKey(x) !== "") return [x, y];
  return undefined;
}

/** How a person bears a lone word: as their surname, as their first name (or a form of it), or not. */
function bearing(member: DuplicateMember, word: string): "surname" | "given" | undefined {
  const parts = firstAndLast(member.name);
  if (parts.length !== 2) return undefined;
  if (parts[1] === word) return "surname";
  return firstNameForms(word).includes(parts[0]) ? "given" : undefined;
}

/** Two people's full names: the same surname, and first names that agree (one may shorten the other). */
function personReason(
  a: DuplicateMember,
  b: DuplicateMember,
  block: readonly DuplicateMember[],
): { reason: DuplicateReason; explanation: string } | undefined {
  const [fa, fb] = [firstAndLast(a.name), firstAndLast(b.name)];
  if (fa.length === 2 && fb.length === 2) {
    // Different first names rule a pair out, whatever aliases they share: "Eric Trump" is not "Ivanka Trump".
    if (fa[1] !== fb[1]) return undefined;
    if (fa[0] === fb[0])
      return {
        reason: DuplicateReason.SAME_FIRST_AND_LAST_NAME,
        explanation: `"${a.name}" and "${b.name}" share first and last name`,
      };
    const [short, long] = fa[0].length <= fb[0].length ? [fa[0], fb[0]] : [fb[0], fa[0]];
    if (sameGivenNames(short).includes(long))
      return {
        reason: DuplicateReason.NICKNAME,
        explanation: `"${short}" and "${long}" are one given name, and the surnames agree`,
      };
    if (short.length >= 3 && long.startsWith(short))
      return {
        reason: DuplicateReason.SHORT_FIRST_NAME,
        explanation: `"${short}" starts "${long}", and the surnames agree`,
      };
    const [initials, full] = spellsInitials(fa[0], b.name)
      ? [a, b]
      : spellsInitials(fb[0], a.name)
        ? [b, a]
        : [];
    if (initials !== undefined && full !== undefined)
      return {
        reason: DuplicateReason.INITIALS,
        explanation: `"${firstAndLast(initials.name)[0]}" spells the initials of "${full.name}"`,
      };
    const initialled = initialledNamesake(a, b, block) ?? initialledNamesake(b, a, block);
    if (initialled !== undefined)
      return {
        reason: DuplicateReason.INITIALS,
        explanation: `"${initialled.initial.toUpperCase()}." begins the first name of "${initialled.full.name}", the only ${fa[1]} so named, and a prominent one`,
      };
    const byMiddle = middleNamed(a, b, block) ?? middleNamed(b, a, block);
    if (byMiddle !== undefined)
      return {
        reason: DuplicateReason.MIDDLE_NAME,
        explanation: `"${firstAndLast(byMiddle.name)[0]}" is a middle name of "${byMiddle.full.name}", the only ${fa[1]} so named, and the one who goes by it is prominent next to it`,
      };
    // Two people may well have first names a letter apart; a misspelling is rare next to the name it
    // misspells (the namesake rule: one prominent, the other named at most a tenth as often).
    if (short.length >= 4 && oneEditApart(short, long) && prominentNamesake([a, b], prominence) !== undefined)
      return {
        reason: DuplicateReason.SPELLING,
        explanation: `"${fa[0]}" and "${fb[0]}" are a letter apart, the surnames agree, and one is rare next to the other`,
      };
    return undefined;
  }
  const [single, full] = fa.length === 1 ? [a, b] : fb.length === 1 ? [b, a] : [undefined, undefined];
  if (single === undefined || full === undefined) return undefined;
  const word = firstAndLast(single.name)[0];
  const how = bearing(full, word);
  if (how === undefined) return undefined;
  // Everyone in the block the word may name, by surname or by first name, is a namesake.
  const namesakes = block.filter((member) => bearing(member, word) !== undefined);
  if (how === "surname" && namesakes.length === 1)
    return {
      reason: DuplicateReason.SURNAME_OF_ONLY_NAMESAKE,
      explanation: `"${single.name}" is the surname of "${full.name}", the only ${word} with a first name`,
    };
  const office = how === "surname" ? sharedOffice(single, namesakes) : undefined;
  if (office?.namesake === full)
    return {
      reason: DuplicateReason.SURNAME_AND_TITLE_OF_NAMESAKE,
      explanation: `"${single.name}" is the surname of "${full.name}", the only ${word} written, as it is, with the title "${office.word}"`,
    };
  if (prominentNamesake(namesakes, prominence) !== full) return undefined;
  return {
    reason:
      how === "surname"
        ? DuplicateReason.SURNAME_OF_PROMINENT_NAMESAKE
        : DuplicateReason.FIRST_NAME_OF_PROMINENT_NAMESAKE,
    explanation: `"${single.name}" is the ${how === "surname" ? "surname" : "first name"} of "${full.name}", named far more often than the other ${namesakes.length - 1} people it may name`,
  };
}

/**
 * "President Obama said" and "President Barack Obama said": the one namesake written with an office a
 * lone surname is written with, and the office's word. Any other namesake with that office (two
 * Presidents Bush) leaves it undecided.
 */
function sharedOffice(
  single: DuplicateMember,
  namesakes: readonly DuplicateMember[],
): { namesake: DuplicateMember; word: string } | undefined {
  for (const word of officeWords(single.titles ?? [])) {
    const holders = namesakes.filter((member) => officeWords(member.titles ?? []).has(word));
    if (holders.length === 1) return { namesake: holders[0], word };
  }
  return undefined;
}

/** How prominent an entity is (graph/namesakes): the statements it said or is named in. */
function prominence(member: DuplicateMember): number {
  return member.statements + member.mentions;
}

/** The acronym a name is ("F.B.I." → "fbi"), or undefined. */
function asAcronym(name: string): string | undefined {
  return isAcronym(name) ? name.replace(/\./g, "").toLowerCase() : undefined;
}

/** The strongest reason two entities of one type are one, or undefined; `block` is all sharing their key. */
function reasonFor(
  type: EntityType,
  a: DuplicateMember,
  b: DuplicateMember,
  block: readonly DuplicateMember[],
): { reason: DuplicateReason; explanation: string } | undefined {
  const person = type === EntityType.Person;
  const [fa, fb] = [firstAndLast(a.name), firstAndLast(b.name)];
  const differentPeople =
    person && fa.length === 2 && fb.length === 2 && (fa[0] !== fb[0] || fa[1] !== fb[1]);
  const same = sameName(a, b, person);
  if (same && !differentPeople)
    return { reason: DuplicateReason.SAME_NAME, explanation: `"${same[0]}" is "${same[1]}"` };
  if (person) return personReason(a, b, block);
  const [short, long] = asAcronym(a.name) ? [a, b] : asAcronym(b.name) ? [b, a] : [undefined, undefined];
  const acronym = short ? asAcronym(short.name) : undefined;
  if (!short || !long || acronymOf(long.name) !== acronym) return undefined;
  // "DC" stands for "District of Columbia" and for "Dow Chemical": an acronym that several entities'
  // names spell proves nothing.
  const spelled = new Set(
    block.filter((member) => acronymOf(member.name) === acronym).map((member) => nameKey(member.name)),
  );
  if (spelled.size !== 1) return undefined;
  return {
    reason: DuplicateReason.ACRONYM,
    explanation: `"${short.name}" is the acronym of "${long.name}", the only name it spells`,
  };
}

function keepFirst(a: DuplicateMember, b: DuplicateMember): [DuplicateMember, DuplicateMember] {
  const [loneA, loneB] = [tokens(a.name).length === 1, tokens(b.name).length === 1];
  if (loneA !== loneB) return loneB ? [a, b] : [b, a];
  if (a.statements !== b.statements) return a.statements > b.statements ? [a, b] : [b, a];
  if (a.name.length !== b.name.length) return a.name.length > b.name.length ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}

/** Every proposed pair of the blocks, in pairKey order: best score first, then the kept id, the merged id. */
export function duplicatePairs(type: EntityType, blocks: readonly DuplicateMember[][]): DuplicatePair[] {
  const pairs = new Map<string, DuplicatePair>();
  for (const block of blocks) {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const found = reasonFor(type, block[i], block[j], block);
        if (found === undefined) continue;
        const score = DUPLICATE_SCORES[found.reason];
        if (score < DUPLICATE_MIN_SCORE) continue;
        const [keep, merge] = keepFirst(block[i], block[j]);
        const key = [keep.id, merge.id].sort().join("|");
        const existing = pairs.get(key);
        if (existing === undefined || existing.score < score)
          pairs.set(key, { keep, merge, ...found, score });
      }
    }
  }
  return inPairOrder([...pairs.values()]);
}

/** Pairs in pairKey order: best score first, then the kept id, the merged id. */
export function inPairOrder(pairs: readonly DuplicatePair[]): DuplicatePair[] {
  return pairs
    .map((pair) => ({ pair, key: pairKey(pair) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ pair }) => pair);
}

/** A name waiting for review with the entities it may be ("Clinton": Bill or Hillary Clinton). */
export interface ReviewItemMember extends DuplicateMember {
  /** The entities it may be, as ingestion found them: some may have been merged into others since. */
  candidates: string[];
  /** The words its article writes before the name ("secretary", "mrs"). */
  titles: string[];
  /** Whether the candidates are people its own article names ("Paul": Ryan and Nehlen). */
  candidatesInArticle: boolean;
}

/** Whether an honorific before a name ("Mrs. Clinton") rules a person out, as linking weighs it. */
function honorificExcludes(titles: readonly string[], candidate: DuplicateMember): boolean {
  const parts = firstAndLast(candidate.name);
  return honorificRulesOut(titles, parts.length > 1 ? parts[0] : undefined);
}

/**
 * Every person a lone word waiting for review may name now, by surname or by first name, less those an
 * honorific rules out; undefined for a name of more words, another type, or candidates its own article
 * names (people the graph's counts do not tell apart: "Paul", with Ryan and Nehlen in the article).
 */
function namesakesOfItem(
  type: EntityType,
  item: ReviewItemMember,
  byKey: ReadonlyMap<string, DuplicateMember[]>,
): DuplicateMember[] | undefined {
  const [word, ...rest] = firstAndLast(item.name);
  if (type !== EntityType.Person || item.candidatesInArticle || word === undefined || rest.length > 0)
    return undefined;
  return [
    ...new Set(
      blockKeys(type, item).flatMap((key) =>
        (byKey.get(key) ?? []).filter(
          (member) => bearing(member, word) !== undefined && !honorificExcludes(item.titles, member),
        ),
      ),
    ),
  ];
}

/** A name waiting for review and the people it may name, whose company the store counts (CompanyCounts). */
export interface NamesakeQuestion {
  item: string;
  namesakes: string[];
}

/**
 * The namesakes of every lone word waiting for review that has more than one and that the rules before
 * its company (reviewItemPairs) leave undecided: only these need the store to count their company.
 */
export function namesakeQuestions(
  type: EntityType,
  items: readonly ReviewItemMember[],
  members: ReadonlyMap<string, DuplicateMember>,
  keptOf: (id: string) => string,
): NamesakeQuestion[] {
  const byKey = blockIndex(type, members.values());
  return items.flatMap((item) => {
    const { kept, candidates } = currentCandidates(item, members, keptOf);
    if (candidateFor(type, item, kept, candidates, byKey, undefined) !== undefined) return [];
    const namesakes = namesakesOfItem(type, item, byKey);
    return namesakes !== undefined && namesakes.length > 1
      ? [{ item: item.id, namesakes: namesakes.map((member) => member.id) }]
      : [];
  });
}

/**
 * A name's candidates as the graph holds them now: followed through merges (`kept`, by id), and those of
 * them an honorific before the name does not rule out.
 */
function currentCandidates(
  item: ReviewItemMember,
  members: ReadonlyMap<string, DuplicateMember>,
  keptOf: (id: string) => string,
): { kept: string[]; candidates: DuplicateMember[] } {
  const kept = [...new Set(item.candidates.map(keptOf))];
  const candidates = kept
    .map((id) => members.get(id))
    .filter((member): member is DuplicateMember => member !== undefined)
    .filter((member) => !honorificExcludes(item.titles, member));
  return { kept, candidates };
}

/**
 * For a name waiting for review, how many statements name each of its namesakes beside the entities its
 * own statements name: by item id, then namesake id.
 */
export type CompanyCounts = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Names waiting for review, each with the candidate today's graph picks out, to merge it into: the one
 * left when the others were merged into it; else the one candidate holding an office the article writes
 * before the name ("Secretary Clinton" once Hillary Clinton was given it where she spoke); else, for a lone
 * word whose candidates came from the graph (not people its article names, which no prominence tells
 * apart), the prominent namesake — linking's rule, on a graph that knows more than when the name came in,
 * with every person the word may name now; else the namesake prominent in the name's company, by the same
 * rule: "whether it's Clinton or Trump" names Donald Trump, whom Hillary Clinton is named with in dozens of
 * statements and Bill Clinton in none. An honorific rules out the other gender's candidates.
 * `members` are the type's entities by id; `keptOf` follows an id through merges; `company` holds the
 * counts for namesakeQuestions.
 */
export function reviewItemPairs(
  type: EntityType,
  items: readonly ReviewItemMember[],
  members: ReadonlyMap<string, DuplicateMember>,
  keptOf: (id: string) => string,
  company: CompanyCounts = new Map(),
): DuplicatePair[] {
  const byKey = blockIndex(type, members.values());
  const pairs: DuplicatePair[] = [];
  for (const item of items) {
    const { kept, candidates } = currentCandidates(item, members, keptOf);
    const found = candidateFor(type, item, kept, candidates, byKey, company.get(item.id));
    if (found === undefined) continue;
    pairs.push({
      keep: found.candidate,
      merge: item,
      reason: found.reason,
      score: DUPLICATE_SCORES[found.reason],
      explanation: found.explanation,
    });
  }
  return pairs;
}

function candidateFor(
  type: EntityType,
  item: ReviewItemMember,
  kept: readonly string[],
  candidates: readonly DuplicateMember[],
  byKey: ReadonlyMap<string, DuplicateMember[]>,
  company: ReadonlyMap<string, number> | undefined,
): { candidate: DuplicateMember; reason: DuplicateReason; explanation: string } | undefined {
  if (new Set(item.candidates).size > 1 && kept.length === 1 && candidates.length === 1)
    return {
      candidate: candidates[0],
      reason: DuplicateReason.CANDIDATES_MERGED,
      explanation: `every entity "${item.name}" may be was merged into "${candidates[0].name}"`,
    };
  const written = officeWords(item.titles);
  for (const word of written) {
    const holders = candidates.filter((candidate) => officeWords(candidate.titles ?? []).has(word));
    if (holders.length === 1)
      return {
        candidate: holders[0],
        reason: DuplicateReason.TITLE_OF_ONE_CANDIDATE,
        explanation: `"${item.name}" is written with the title "${word}", which of its candidates only "${holders[0].name}" was given`,
      };
  }
  const namesakes = namesakesOfItem(type, item, byKey);
  if (namesakes === undefined) return undefined;
  const prominent = prominentNamesake(namesakes, prominence);
  if (prominent !== undefined)
    return candidates.includes(prominent)
      ? {
          candidate: prominent,
          reason: DuplicateReason.PROMINENT_CANDIDATE,
          explanation: `"${item.name}" may be "${prominent.name}", now named far more often than the other ${namesakes.length - 1} people it may name`,
        }
      : undefined;
  if (company === undefined) return undefined;
  const together = (member: DuplicateMember) => company.get(member.id) ?? 0;
  const companion = prominentNamesake(namesakes, together);
  if (companion === undefined || !candidates.includes(companion)) return undefined;
  return {
    candidate: companion,
    reason: DuplicateReason.CANDIDATE_OF_ITS_COMPANY,
    explanation: `"${item.name}" is named with entities that "${companion.name}" is named with in ${together(companion)} statements, far more often than the other ${namesakes.length - 1} people it may name`,
  };
}

/** A pair's place in the order duplicatePairs gives (best score first, then ids): what a page cursor holds. */
export function pairKey(pair: Pick<DuplicatePair, "score" | "keep" | "merge">): string {
  return `${(1 - pair.score).toFixed(3)}|${pair.keep.id}|${pair.merge.id}`;
}
