// What counts as an article's text: the checks a text passes before it is extracted or stored, the
// same for the ingestArticle and createArticle mutations and for `npm run ingest`. Pure: no database.
import { InputError } from "../errors";

/**
 * The longest text accepted, in characters (UTF-16 code units, as the evidence offsets count them).
 * 200,000 characters is about 30,000 words: several times the longest long-read a news site publishes,
 * and small enough that one ingestion's extraction stays within seconds.
 */
export const MAX_ARTICLE_CHARACTERS = 200_000;

/** Below this share of letters among the non-space characters, a text is not prose (binary, tables of numbers). */
export const MIN_LETTER_SHARE = 0.5;

/** A C0 or C1 control character or DEL other than a tab or a line break. */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const STRAY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The offset of the first stray control character, or -1. */
function controlCharacterAt(text: string): number {
  return text.search(STRAY_CONTROL);
}

/**
 * At most one stray control character in this many characters is a slip in good text (a byte of another
 * encoding: "\u0083" where "ƒ" was meant; PolNeAR's worst article holds one in 416 characters); binary
 * data holds one in a few, and stays refused.
 */
export const STRAY_CONTROL_SPACING = 100;

/**
 * A file's text with its few stray control characters each read as a space, which keeps every offset,
 * and their offsets. For `npm run ingest`, which reads news as it was saved; the mutations refuse them,
 * since a client can send clean text.
 */
export function blankStrayControls(text: string): { text: string; blanked: number[] } {
  const blanked = [...text.matchAll(STRAY_CONTROL)].map((match) => match.index);
  if (blanked.length === 0 || blanked.length * STRAY_CONTROL_SPACING > text.length) {
    return { text, blanked: [] };
  }
  return { text: text.replace(STRAY_CONTROL, " "), blanked };
}

const LETTER = /\p{L}/u;
const SPACE = /\s/u;

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Why `text` is not an article's text, or undefined when it is one. */
export function textRefusal(text: string): string | undefined {
  if (text.length > MAX_ARTICLE_CHARACTERS) {
    return `is ${text.length.toLocaleString("en")} characters long; the limit is ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")}`;
  }
  if (text.trim() === "") return "is empty or only white space";
  const control = controlCharacterAt(text);
  if (control >= 0) {
    return `holds a control character (${codePoint(text[control])}) at offset ${control}; only newlines and tabs are allowed`;
  }
  let letters = 0;
  let visible = 0;
  for (const character of text) {
    if (SPACE.test(character)) continue;
    visible += 1;
    if (LETTER.test(character)) letters += 1;
  }
  if (letters / visible < MIN_LETTER_SHARE) {
    const share = Math.round((100 * letters) / visible);
    return `is not prose: ${share}% of its non-space characters are letters, fewer than ${MIN_LETTER_SHARE * 100}%`;
  }
  return undefined;
}

/** Throws BAD_USER_INPUT naming `field` when `text` is not an article's text. */
export function admitArticleText(text: string, field = "text"): void {
  const refusal = textRefusal(text);
  if (refusal) throw new InputError(field, refusal);
}
