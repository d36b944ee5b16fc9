// Words written before a person's name that are not part of it: honorifics, ranks, offices, party labels.
// Lower-case, without the full stop ("mr" for "Mr.").

/** Honorifics and abbreviated ranks: never a name, never the end of a sentence ("Mr. | Trump"). */
export const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "rev",
  "revd",
  "fr",
  "sen",
  "rep",
  "gov",
  "lt",
  "gen",
  "col",
  "maj",
  "capt",
  "sgt",
  "adm",
  "cmdr",
  "pres",
  "supt",
  "prof",
  "sir",
  "dame",
  "lord",
  "lady",
  "hon",
  "atty",
  "insp",
]);

/** Party and political labels written before a name ("Republican Donald Trump"): never part of it. */
export const PARTY_LABELS = new Set([
  "republican",
  "republicans",
  "democrat",
  "democrats",
  "democratic",
  "gop",
  "independent",
  "libertarian",
  "conservative",
  "liberal",
  "progressive",
  "socialist",
  "labour",
  "tory",
]);

/** Whether a word (as written) is a title word that may precede a name rather than belong to it. */
export function isTitleWord(word: string): boolean {
  const bare = word.toLowerCase().replace(/\.$/, "");
  return HONORIFICS.has(bare) || PARTY_LABELS.has(bare);
}
