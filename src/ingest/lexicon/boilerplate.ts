// Lines that belong to the page, not to the report: bylines, datelines, notes, calls to read or follow.
// Nothing on such a line is a statement, and no one named there is a speaker.

const BOILERPLATE_LINES: readonly RegExp[] = [
  // "By Jane Doe", "BY JANE DOE, Associated Press", "By Jane Doe and John Roe | Updated …": capitalised
  // names only, on a short line ("By Friday, the council had voted" is a sentence).
  /^(?:By|BY)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+(?:\s*(?:,|and\b|&|\|).{0,80})?$/u,
  /^(?:editor[’']?s|editors[’']?)\s+note\b/i,
  /^(?:read|click|watch|listen|follow|subscribe|sign up|see|related|share|advertisement)\b.{0,60}$/i,
  /^more (?:on|from|stories|news|coverage|videos?|photos)\b.{0,60}$/i,
  /^(?:read|click) (?:the rest|more|here)\b/i,
  // "Photo: …", and a player's caption set in brackets: "[Video: FULL SPEECH: … Watch on YouTube.]".
  /^\[?(?:photo|image|video|graphic|file photo)\b.{0,200}$/i,
  /^\(?(?:reporting|additional reporting|writing|editing) by\b/i,
  /^(?:[Cc]ontact|[Ee]-?mail) (?:us|the author|\p{Lu})/u,
  /^(?:copyright|©)/i,
  /^this (?:story|article|post) (?:has been|was) (?:updated|corrected|amended)/i,
  /^(?:updated|posted|published)(?: on| at)?\s+\p{Lu}?\p{Ll}*\.?\s*\d/iu,
  /^[\p{Lu} ,.]{2,40}\s*(?:\(\p{Lu}+\))?\s*[-—–]{1,2}\s*$/u,
];

/** A byline, a note, a caption or a call to action. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  return BOILERPLATE_LINES.some((pattern) => pattern.test(trimmed));
}

/** Words that label a headline rather than name its source: "EXCLUSIVE: …", "Watch: …", "Analysis: …". */
const HEADLINE_LABELS = new Set(
  `exclusive breaking watch video live update updated analysis opinion editorial commentary column review
   photos pictures interview transcript fact check fact-check factcheck explainer podcast latest revealed wow
   byline`
    .split(/\s+/)
    .filter(Boolean),
);

/** "EXCLUSIVE", "The Latest": a word that files a headline, not one who says it. */
export function isHeadlineLabel(words: string): boolean {
  return HEADLINE_LABELS.has(
    words
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, ""),
  );
}
