// Religions the NLP server sometimes tags as organisations or places: a faith is no entity of the graph
// (its churches and councils are). Compared lower-case, whole name.

export const RELIGIONS = new Set([
  "islam",
  "christianity",
  "judaism",
  "hinduism",
  "buddhism",
  "sikhism",
  "catholicism",
  "protestantism",
  "mormonism",
  "shia islam",
  "sunni islam",
]);
