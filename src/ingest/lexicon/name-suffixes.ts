// Words written after a person's surname that are not part of it ("Jr.", "III"). Lower-case, without the
// full stop.

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
