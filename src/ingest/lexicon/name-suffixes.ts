// Words written after a person's surname that are not part of it ("Jr.", "III"). Lower-case, without the
// full stop. And the order of a name's words: the family name last, unless the given name says otherwise.

/** Generational suffixes: "Joseph R. Biden Jr." has the surname Biden. */
export const GENERATIONAL_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * A name's words without the generational suffix after its surname ("Joseph R. Biden Jr." ends with Biden).
 * A first name with a suffix ("Donald Jr.") keeps it: the son's name of its own, never a first name alone.
 */
export function withoutGenerationalSuffix(words: readonly string[]): string[] {
  const last = words[words.length - 1]?.replace(/[.,]$/, "").toLowerCase() ?? "";
  return words.length > 2 && GENERATIONAL_SUFFIXES.has(last) ? words.slice(0, -1) : [...words];
}

/**
 * A given name of two syllables joined by a hyphen, the second lower-case ("Ki-moon", "Jae-in"): Korean
 * names, as the news writes them, put it after the family name. Double surnames ("Ocasio-Cortez") keep
 * the capital.
 */
const GIVEN_NAME_AFTER_FAMILY_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * A person's name words, given name first: "Ban Ki-moon" → Ki-moon, Ban, so that the last word is the
 * family name wherever names are read ("Ban said" is Ban Ki-moon).
 */
export function givenNameFirst(words: readonly string[]): string[] {
  return words.length === 2 && GIVEN_NAME_AFTER_FAMILY_NAME.test(words[1])
    ? [words[1], words[0]]
    : [...words];
}
