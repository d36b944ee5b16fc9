// Words written before a person's name that are not part of it: honorifics, ranks, offices, party labels.
// Lower-case, without the full stop ("mr" for "Mr.").
import { genderOf, type Gender } from "./given-names";

/** Honorifics and abbreviated ranks: never a name, never the end of a sentence ("Mr. | Trump"). */
export const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "rev",
  "revd",
  "fr",
  "sen",
  "rep",
  "gov",
  "lt",
  "gen",
  "col",
  "maj",
  "capt",
  "sgt",
  "adm",
  "cmdr",
  "pres",
  "supt",
  "prof",
  "sir",
  "dame",
  "lord",
  "lady",
  "hon",
  "atty",
  "insp",
]);

/** Party and political labels written before a name ("Republican Donald Trump"): never part of it. */
export const PARTY_LABELS = new Set([
  "republican",
  "republicans",
  "democrat",
  "democrats",
  "democratic",
  "gop",
  "independent",
  "libertarian",
  "conservative",
  "liberal",
  "progressive",
  "socialist",
  "labour",
  "tory",
]);

/** Honorifics that say whether a man or a woman is meant: "Mr. Trump", "Mrs. Clinton". */
const GENDER_OF_HONORIFIC: Readonly<Record<string, Gender | undefined>> = {
  mr: "male",
  mrs: "female",
  ms: "female",
  miss: "female",
};

/**
 * Whether the honorific written before a name ("Mrs. Clinton") rules out a person of this first name: "Mrs."
 * is no Bill, "Mr." no Melania. Only a first name whose forms are all one gender's tells (given-names).
 */
export function honorificRulesOut(titles: readonly string[], firstName: string | undefined): boolean {
  const meant = titles.map((title) => GENDER_OF_HONORIFIC[title]).find(Boolean);
  if (meant === undefined || firstName === undefined) return false;
  const gender = genderOf(firstName);
  return gender !== undefined && gender !== meant;
}

const bare = (word: string) => word.toLowerCase().replace(/\.$/, "");

/** Whether a word (as written) is an honorific or an abbreviated rank ("Mr.", "Sen."). */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(bare(word));
}

/** Whether a word (as written) is a title word that may precede a name rather than belong to it. */
export function isTitleWord(word: string): boolean {
  return HONORIFICS.has(bare(word)) || PARTY_LABELS.has(bare(word));
}

/** Nouns of an office or a role ("the group's president", "campaign chairman John Podesta"), by lemma. */
export const ROLE_TITLES = new Set([
  "president",
  "vice",
  "chairman",
  "chairwoman",
  "chair",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "director",
  "secretary",
  "minister",
  "governor",
  "mayor",
  "senator",
  "representative",
  "congressman",
  "congresswoman",
  "judge",
  "justice",
  "ambassador",
  "adviser",
  "advisor",
  "aide",
  "chief",
  "head",
  "leader",
  "founder",
  "executive",
  "manager",
  "strategist",
  "commissioner",
  "attorney",
  "general",
  "prosecutor",
  "chancellor",
  "candidate",
  "nominee",
  "treasurer",
  "editor",
  "correspondent",
  "professor",
  "economist",
  "analyst",
  "officer",
  "commander",
  "speaker",
  "envoy",
]);

/** A word that names an office: the NLP server's TITLE class, or a role noun the lexicon knows. */
export function isRoleWord(token: { lemma: string; ner: string }): boolean {
  return token.ner === "TITLE" || ROLE_TITLES.has(token.lemma.toLowerCase());
}

/** Title words that say nothing about which office: honorifics, connectives and party labels. */
const EMPTY_TITLE_WORDS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "of",
  "the",
  "former",
  "state",
  ...PARTY_LABELS,
]);

/** Abbreviated offices, read as the office: "Sen. Graham" holds the office "Senator Graham" does. */
const ABBREVIATED_OFFICES: Readonly<Record<string, string>> = {
  pres: "president",
  sen: "senator",
  rep: "representative",
  gov: "governor",
  gen: "general",
  atty: "attorney",
  prof: "professor",
};

/**
 * The words of titles that name an office ("secretary", "president"): what two titles must share to
 * say the same office ("Secretary of State", "secretary"; "Gov.", "governor").
 */
export function officeWords(titles: readonly string[]): Set<string> {
  return new Set(
    titles
      .flatMap((title) => title.toLowerCase().split(/[\s-]+/))
      .map((word) => word.replace(/\.$/, ""))
      .map((word) => ABBREVIATED_OFFICES[word] ?? word)
      .filter((word) => word !== "" && !EMPTY_TITLE_WORDS.has(word)),
  );
}
