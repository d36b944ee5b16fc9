// Provenance: every statement and relationship points at the words of an article that support it.

export interface Evidence {
  /** JavaScript string index (UTF-16 code unit) of the first character in the article text. */
  start: number;
  /** Index one past the last character: text.slice(start, end) === excerpt. */
  end: number;
  excerpt: string;
}

/** Why `evidence` does not match `text`, or undefined when it does. */
export function evidenceMismatch(text: string, evidence: Evidence): string | undefined {
  const { start, end, excerpt } = evidence;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    return `start ${start} and end ${end} must be integers with 0 <= start < end`;
  }
  if (end > text.length) return `end ${end} lies beyond the article's ${text.length} characters`;
  const actual = text.slice(start, end);
  if (actual !== excerpt) {
    const found = text.indexOf(excerpt);
    const hint = found >= 0 ? ` (the excerpt occurs at ${found}–${found + excerpt.length})` : "";
    return `text.slice(${start}, ${end}) is ${JSON.stringify(clip(actual))}, not the excerpt${hint}`;
  }
  return undefined;
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
