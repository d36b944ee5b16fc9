// Words that make a person's name stand for their staff or their camp: "Team Trump", "a top Clinton aide",
// "Sanders supporters". Such a name is no person's. Lower-case.

/** Written before the name: "Team Trump" is a campaign; "Top Clinton (aide)" an aide. */
export const STAFF_WORDS_BEFORE = new Set(["team", "top", "senior"]);

/** Written after the name, singular: "Hillary aide", and "aid", its common misspelling. */
export const STAFF_WORDS_AFTER = new Set([
  "aide",
  "aid",
  "adviser",
  "advisor",
  "staffer",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "surrogate",
  "supporter",
  "loyalist",
  "operative",
  "strategist",
  "campaign",
]);

/** A campaign's own name for itself: "Team Trump". */
export const TEAM_WORD = "team";
