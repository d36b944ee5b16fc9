// Nouns for a person's kin, written between the person and a first name: "Clinton's husband, Bill".

/** Kin who usually bear the surname of the one they are kin to. Lower-case lemmas. */
export const SURNAME_KIN_NOUNS = new Set([
  "husband",
  "wife",
  "widow",
  "widower",
  "son",
  "daughter",
  "brother",
  "sister",
  "father",
  "mother",
  "grandson",
  "granddaughter",
]);
