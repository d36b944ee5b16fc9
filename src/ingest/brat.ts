// Reads brat standoff annotations (.ann files: https://brat.nlplab.org/standoff.html): text-bound
// annotations (T) and events (E). Other lines (notes, attributes, relations) and the continuation lines of a
// T line whose text held a line break are skipped. Pure: a string in, records out.

/** [start, end) offsets into the annotated text, as written in the file (brat counts Unicode code points). */
export interface BratSpan {
  start: number;
  end: number;
}

/** `T12\tContent 10 20;25 40\t<text>`: a typed annotation over one or more spans. */
export interface BratTextBound {
  id: string;
  type: string;
  spans: BratSpan[];
}

/** `E3\tAttribution:T4 Source:T1 Cue:T2 Content:T3`: a typed event, its trigger and its role-labelled arguments. */
export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  arguments: { role: string; target: string }[];
}

export interface BratDocument {
  textBounds: Map<string, BratTextBound>;
  events: BratEvent[];
}

export class BratFormatError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${source}:${line}: ${reason}`);
    this.name = "BratFormatError";
  }
}

const TEXT_BOUND_LINE = /^T\d+\t/;
const EVENT_LINE = /^E\d+\t/;
const SPANS = /^(\d+) (\d+)(?:;(\d+) (\d+))*$/;

function parseSpans(field: string, fail: (reason: string) => never): BratSpan[] {
  if (!SPANS.test(field)) fail(`spans "${field}" are not "start end[;start end]…"`);
  return field.split(";").map((part) => {
    const [start, end] = part.split(" ").map(Number);
    if (end <= start) fail(`span ${start}-${end} is empty or reversed`);
    return { start, end };
  });
}

function parseTextBound(line: string, fail: (reason: string) => never): BratTextBound {
  const [id, typeAndSpans] = line.split("\t");
  const space = (typeAndSpans ?? "").indexOf(" ");
  if (space <= 0) fail(`${id} has no type and spans`);
  return {
    id,
    type: typeAndSpans.slice(0, space),
    spans: parseSpans(typeAndSpans.slice(space + 1), fail),
  };
}

function parseEvent(line: string, fail: (reason: string) => never): BratEvent {
  const [id, body = ""] = line.split("\t");
  const [head, ...rest] = body.trim().split(/\s+/);
  const [type, trigger] = (head ?? "").split(":");
  if (!type || !trigger) fail(`${id} has no TYPE:TRIGGER`);
  const args = rest.map((argument) => {
    const [role, target] = argument.split(":");
    if (!role || !target) fail(`${id}: argument "${argument}" is not ROLE:ID`);
    return { role, target };
  });
  return { id, type, trigger, arguments: args };
}

/** Parses an .ann file; `source` names it in errors. Every event must refer to text-bound annotations that exist. */
export function parseBrat(ann: string, source = "(ann)"): BratDocument {
  const textBounds = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  const eventLines: number[] = [];
  ann.split(/\r?\n/).forEach((line, index) => {
    const fail = (reason: string): never => {
      throw new BratFormatError(source, index + 1, reason);
    };
    if (TEXT_BOUND_LINE.test(line)) {
      const textBound = parseTextBound(line, fail);
      textBounds.set(textBound.id, textBound);
    } else if (EVENT_LINE.test(line)) {
      events.push(parseEvent(line, fail));
      eventLines.push(index + 1);
    }
  });
  events.forEach((event, index) => {
    for (const id of [event.trigger, ...event.arguments.map((argument) => argument.target)]) {
      if (!textBounds.has(id))
        throw new BratFormatError(
          source,
          eventLines[index],
          `${event.id} refers to ${id}, which is not defined`,
        );
    }
  });
  return { textBounds, events };
}
