// Place names the NLP server sometimes takes for people ("Virginia said …"): a name on this list is a
// place whatever a single mention's tag says. Countries are in countries.ts with their demonyms.

export const US_STATES = new Set(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
   Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
   Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
   Washington Wisconsin Wyoming`
    .split(/\s+/)
    .filter(Boolean)
    .concat([
      "New Hampshire",
      "New Jersey",
      "New Mexico",
      "New York",
      "North Carolina",
      "North Dakota",
      "Rhode Island",
      "South Carolina",
      "South Dakota",
      "West Virginia",
    ]),
);

/** Prepositions a place follows ("in Tulsa", "from NYC"); an acronym after none of them is rarely a place. */
export const LOCATIVE_PREPOSITIONS = new Set([
  "in",
  "at",
  "from",
  "to",
  "near",
  "of",
  "across",
  "into",
  "outside",
  "inside",
  "throughout",
  "around",
]);
