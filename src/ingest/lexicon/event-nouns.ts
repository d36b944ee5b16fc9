// Head words of events and prizes, by lemma: a name built on one ("the Presidential Debates", "the
// Democratic National Convention", "the Heisman Trophy") names an occasion, not an organisation or a place.

export const EVENT_NOUNS = new Set([
  "debate",
  "convention",
  "summit",
  "rally",
  "primary",
  "election",
  "referendum",
  "olympics",
  "games",
  "cup",
  "championship",
  "festival",
  "parade",
  "marathon",
  "revolution",
  "war",
  "uprising",
  "protest",
  "award",
  "prize",
  "trophy",
  "medal",
]);
