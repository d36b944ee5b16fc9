// Likely duplicate entities, scored: pure, so the rules can be read and tested without a database.
// Entities arrive in blocks that share a key (a person's surname, an organisation's acronym, a
// normalised name); each pair in a block is scored by the strongest reason it has, and pairs scoring
// under DUPLICATE_MIN_SCORE are not proposed.
import { sameGivenNames } from "../ingest/lexicon/given-names";
import { GENERATIONAL_SUFFIXES } from "../ingest/lexicon/name-suffixes";
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
  /** "Jim Quinn" and "James Quinn": one first name is a short form of the other (given-names lexicon). */
  NICKNAME = "NICKNAME",
  /** "Chris Christie" and "Christopher Christie": one first name starts the other. */
  SHORT_FIRST_NAME = "SHORT_FIRST_NAME",
  /** "FBI" and "Federal Bureau of Investigation". */
  ACRONYM = "ACRONYM",
}

export const DUPLICATE_SCORES: Record<DuplicateReason, number> = {
  SAME_NAME: 0.95,
  SAME_FIRST_AND_LAST_NAME: 0.9,
  ACRONYM: 0.85,
  SURNAME_OF_ONLY_NAMESAKE: 0.8,
  SURNAME_OF_PROMINENT_NAMESAKE: 0.75,
  NICKNAME: 0.75,
  SHORT_FIRST_NAME: 0.7,
};

export const DUPLICATE_MIN_SCORE = 0.5;

export interface DuplicatePair {
  /** The one to keep: the one that said more, then the one with the longer name, then the smaller id. */
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

/** A person's name words, without a generational suffix ("Jr.", "III": after the surname, not it). */
function personTokens(name: string): string[] {
  const words = tokens(name);
  return words.length > 1 && GENERATIONAL_SUFFIXES.has(words[words.length - 1]) ? words.slice(0, -1) : words;
}

/** A person's name without middle names, initials or a generational suffix. */
function firstAndLast(name: string): string[] {
  const parts = personTokens(name).filter((word) => word.length > 1);
  return parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
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
export function blockKeys(type: EntityType, member: Pick<DuplicateMember, "name" | "aliases">): string[] {
  const keys = new Set<string>();
  for (const name of [member.name, ...member.aliases]) {
    const words = type === EntityType.Person ? personTokens(name) : tokens(name);
    if (words.length === 0) continue;
    if (type === EntityType.Person) keys.add(`surname:${words[words.length - 1]}`);
    else {
      keys.add(`name:${nameKey(name)}`);
      const acronym = isAcronym(name) ? name.replace(/\./g, "").toLowerCase() : acronymOf(name);
      if (acronym.length >= 2) keys.add(`acronym:${acronym}`);
    }
  }
  return [...keys];
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
    return undefined;
  }
  const [single, full] = fa.length === 1 ? [a, b] : fb.length === 1 ? [b, a] : [undefined, undefined];
  if (single === undefined || full === undefined || firstAndLast(full.name).length !== 2) return undefined;
  const surname = firstAndLast(single.name)[0];
  if (firstAndLast(full.name)[1] !== surname) return undefined;
  const namesakes = block.filter((member) => {
    const parts = firstAndLast(member.name);
    return parts.length === 2 && parts[1] === surname;
  });
  // A word someone in the block bears as a first name ("David", "Hillary") may be that one instead.
  const firstNameToo = block.some((member) => firstAndLast(member.name)[0] === surname && member !== single);
  if (firstNameToo) return undefined;
  if (namesakes.length === 1)
    return {
      reason: DuplicateReason.SURNAME_OF_ONLY_NAMESAKE,
      explanation: `"${single.name}" is the surname of "${full.name}", the only ${surname} with a first name`,
    };
  if (prominentNamesake(namesakes, (member) => member.statements + member.mentions) !== full)
    return undefined;
  return {
    reason: DuplicateReason.SURNAME_OF_PROMINENT_NAMESAKE,
    explanation: `"${single.name}" is the surname of "${full.name}", named far more often than the other ${namesakes.length - 1} ${surname}`,
  };
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
  return [...pairs.values()]
    .map((pair) => ({ pair, key: pairKey(pair) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ pair }) => pair);
}

/** A pair's place in the order duplicatePairs gives (best score first, then ids): what a page cursor holds. */
export function pairKey(pair: Pick<DuplicatePair, "score" | "keep" | "merge">): string {
  return `${(1 - pair.score).toFixed(3)}|${pair.keep.id}|${pair.merge.id}`;
}
