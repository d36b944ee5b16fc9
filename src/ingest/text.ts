// Small text utilities shared by the extraction modules: spans, evidence, slugs and name normalisation.
import type { Evidence } from "../graph/provenance";

export interface Span {
  start: number;
  end: number;
}

/** Evidence for text.slice(start, end), with surrounding whitespace trimmed so excerpts start and end on words. */
export function evidenceOf(text: string, span: Span): Evidence {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, excerpt: text.slice(start, end) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Lower-case ASCII slug: diacritics dropped, everything else that is not a letter or digit becomes a dash. */
export function slugify(value: string, maxWords = 12): string {
  const ascii = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’'`]/g, "")
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
  return words.slice(0, maxWords).join("-");
}

/** The comparison form of a name: straight apostrophes, single spaces, lower case, no leading "the". */
export function nameKey(value: string): string {
  return value
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /i, "")
    .replace(/'s$/i, "")
    .toLowerCase();
}

/** Straight-apostrophe and curly-apostrophe spellings of a surface form, both kept as aliases. */
export function apostropheVariants(value: string): string[] {
  const straight = value.replace(/[\u2019]/g, "'");
  const curly = value.replace(/'/g, "\u2019");
  return [...new Set([value, straight, curly])];
}

export function isPossessiveSuffix(value: string): boolean {
  return /^[’']s$/.test(value);
}
