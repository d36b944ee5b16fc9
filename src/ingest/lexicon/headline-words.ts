// Words a headline's Title Case capitalises that are never part of a person's name: "Glenn Beck Says
// Trump…", "Paul Ryan With Trump's Blessing" are no one's names. Lower-case.

/** Prepositions, conjunctions and the speech verbs headlines use most, as a headline writes them. */
export const HEADLINE_WORDS = new Set([
  "with",
  "and",
  "or",
  "for",
  "at",
  "on",
  "in",
  "over",
  "after",
  "vs",
  "says",
  "tells",
  "told",
  "slams",
  "blasts",
  "rips",
  "warns",
  "calls",
]);
