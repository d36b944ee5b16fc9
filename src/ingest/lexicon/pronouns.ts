// Pronouns a source may be, by what they can stand for.

/** A person: the latest person named or speaking. */
export const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers"]);
/** The gender a person pronoun speaks of. */
export const PRONOUN_GENDERS: ReadonlyMap<string, "male" | "female"> = new Map([
  ["he", "male"],
  ["him", "male"],
  ["his", "male"],
  ["she", "female"],
  ["her", "female"],
  ["hers", "female"],
]);
/** A group or an organisation. */
export const GROUP_PRONOUNS = new Set(["they", "them", "their"]);
/** An organisation or a document. */
export const THING_PRONOUNS = new Set(["it", "its"]);
/**
 * The writer or the speaker of a quotation: outside quotation marks they name no one the article introduces,
 * only the writer ("we": the writer with the paper or the readers).
 */
export const FIRST_PERSON_PRONOUNS = new Set(["i", "me", "we", "us"]);
/** The one spoken to: in an interview's questions, the one interviewed. */
export const SECOND_PERSON_PRONOUNS = new Set(["you", "your"]);
/** Relative and demonstrative words that stand for a noun elsewhere. */
export const RELATIVE_WORDS = new Set(["who", "which", "that", "whom"]);
