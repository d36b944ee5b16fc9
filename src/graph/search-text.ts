// The one normalisation applied to both stored text and user input before full-text search, so that a
// quotation pasted with straight quotes, "..." elisions or other dashes still finds the stored words.

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033«»]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const ELLIPSES = /\u2026|\.{2,}/g;

export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(ELLIPSES, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Lower-case word tokens of normalised text, as the full-text analyzer sees them (apostrophes kept inside words). */
export function searchTokens(text: string): string[] {
  return (
    normalizeForSearch(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}
