// Words written after a person's surname that are not part of it ("Jr.", "III"). Lower-case, without the
// full stop.

/** Generational suffixes: "Joseph R. Biden Jr." has the surname Biden. */
export const GENERATIONAL_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
