// Turns an Extraction into the predictions evaluate-attributions.ts scores: one per extracted statement, with
// its content's parts (offsets into the article text) and its speaker's name and aliases.
import type { StatementRecord } from "../seed/records";
import type { PredictedAttribution, PredictedSpeaker, TextSpan } from "./evaluate-attributions";
import type { Extraction } from "./types";

/** A statement that may say where its content stands: its parts, offsets into the article text. */
type StatementWithContent = StatementRecord & { content?: TextSpan[] };

const CURLY_DOUBLE = /[“”„‟]/;
const CURLY_SINGLE = /[‘’‚‛]/;

/** The comparison form for finding a statement's text in its evidence: straight quotes, single spaces. */
function searchForm(value: string, offset = 0): { form: string; offsets: number[] } {
  let form = "";
  const offsets: number[] = [];
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (/\s/.test(char)) {
      if (form.endsWith(" ")) continue;
      form += " ";
    } else form += CURLY_DOUBLE.test(char) ? '"' : CURLY_SINGLE.test(char) ? "'" : char;
    offsets.push(offset + index);
  }
  return { form, offsets };
}

/**
 * Where a statement's content stands: its `content` parts when the extractor gives them; else where its text
 * stands in its evidence (verbatim, or with curly and straight quotes and runs of whitespace alike); else the
 * whole evidence.
 */
export function contentSpans(text: string, statement: StatementWithContent): TextSpan[] {
  if (statement.content !== undefined && statement.content.length > 0) return statement.content;
  const { start, end } = statement.evidence;
  const verbatim = text.indexOf(statement.text, start);
  if (verbatim >= 0 && verbatim + statement.text.length <= end)
    return [{ start: verbatim, end: verbatim + statement.text.length }];
  const evidence = searchForm(text.slice(start, end), start);
  const wanted = searchForm(statement.text.trim()).form;
  const found = wanted === "" ? -1 : evidence.form.indexOf(wanted);
  if (found >= 0)
    return [{ start: evidence.offsets[found], end: evidence.offsets[found + wanted.length - 1] + 1 }];
  return [{ start, end }];
}

/** "person/donald-trump" → "donald trump", for a speaker the extraction does not describe. */
function nameFromId(id: string): string {
  return id.slice(id.indexOf("/") + 1).replace(/-/g, " ");
}

export function predictionsFromExtraction(text: string, extraction: Extraction): PredictedAttribution[] {
  const entities = new Map(extraction.entities.map((entity) => [entity.id, entity]));
  return extraction.statements.map((statement) => {
    const entity = entities.get(statement.speaker);
    const speaker: PredictedSpeaker = entity
      ? { name: entity.name, aliases: entity.aliases }
      : { name: nameFromId(statement.speaker), aliases: [] };
    return { id: statement.id, content: contentSpans(text, statement), speaker };
  });
}
