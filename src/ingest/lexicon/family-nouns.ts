// Nouns for a family written after a surname: the name is the family's, not one person's.

/** "the Kennedy clan", "the Bush family". */
export const FAMILY_NOUNS = new Set(["family", "clan", "dynasty", "household"]);
