// Adjectives of belief and feeling that take what someone thinks as a clause: "she is confident that …",
// "they were worried that …". By lemma, lower-case.
export const CUE_ADJECTIVES = new Set([
  "confident",
  "convinced",
  "sure",
  "certain",
  "hopeful",
  "optimistic",
  "pessimistic",
  "worried",
  "concerned",
  "afraid",
  "adamant",
  "skeptical",
  "sceptical",
  "aware",
  "insistent",
]);
