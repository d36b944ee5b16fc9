// "…," Mike Pence said. / He said: "…" / "…," said the minister, "…" / "Is it fair?" he asked.
// A direct quotation and the cue verb beside it, outside the quotation, in the sentences around its marks;
// a quotation split by its attribution is one finding with both parts.
import { StatementKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import { chainOf, quotationChains, type Quotation } from "../stages/quotations";
import { isVerb, sentenceAt, subtree, type ArticleDocument, type Sentence } from "../stages/document";
import type { AttributionRule, Finding } from "./rule";
import { complementOf, cueVerbAt, quotingOf, speakerBefore, subjectOf } from "./syntax";

/** Characters between a quotation and a cue that directly frames it: `," she said`. */
const ADJACENT = 3;

interface Cue {
  sentence: number;
  token: number;
  subject: number;
  /** The cue's own dependents reach into the quotation: the grammar ties them. */
  linked: boolean;
  distance: number;
}

function insideChain(parts: readonly Quotation[], offset: number): boolean {
  return parts.some((part) => part.open <= offset && offset < part.after);
}

/** A quotation that could be someone's words rather than a title or scare quotes: a clause, or several words. */
function isUtterance(document: ArticleDocument, parts: readonly Quotation[]): boolean {
  const words = parts.flatMap(
    (part) => document.text.slice(part.start, part.end).match(/[\p{L}\p{N}']+/gu) ?? [],
  );
  if (words.length >= 5) return true;
  return document.sentences.some((sentence) =>
    sentence.tokens.some(
      (token) =>
        isVerb(token) && insideChain(parts, token.start) && token.pos !== "VBG" && token.pos !== "VBN",
    ),
  );
}

/** "he asked." / "Trump said." right after the quotation: a sentence that is only a subject and a cue verb. */
function isAttributionFragment(sentence: Sentence): boolean {
  const root = sentence.heads.indexOf(-1);
  if (root < 0 || cueVerbAt(sentence, root) === undefined) return false;
  return complementOf(sentence, root) === undefined && sentence.tokens.length <= 14;
}

/** The sentences whose words outside the quotation may hold its attribution. */
function frameSentences(document: ArticleDocument, parts: readonly Quotation[]): number[] {
  const first = sentenceAt(document, parts[0].open);
  const last = sentenceAt(document, Math.max(parts[parts.length - 1].after - 1, parts[0].open));
  const frame = new Set<number>();
  for (const index of [first, last]) if (index >= 0) frame.add(index);
  const next = document.sentences[last + 1];
  if (
    next !== undefined &&
    next.paragraph === document.sentences[last]?.paragraph &&
    isAttributionFragment(next)
  )
    frame.add(last + 1);
  // He said:¶"…" — a paragraph that ends with a colon introduces the quotation that opens the next one.
  const previous = document.sentences[first - 1];
  if (
    previous !== undefined &&
    previous.paragraph === (document.sentences[first]?.paragraph ?? 0) - 1 &&
    /:\s*$/.test(document.text.slice(previous.start, previous.end + 1))
  )
    frame.add(first - 1);
  return [...frame].sort((a, b) => a - b);
}

function distanceTo(parts: readonly Quotation[], offset: number): number {
  return Math.min(
    ...parts.map((part) =>
      offset < part.open ? part.open - offset : offset >= part.after ? offset - part.after : 0,
    ),
  );
}

/** `"…," Clinton said` where the parse gave the verb no subject: the name between the quotation and the verb. */
function speakerAfterQuotation(
  sentence: Sentence,
  parts: readonly Quotation[],
  verb: number,
): number | undefined {
  let closing = verb - 1;
  while (closing >= 0 && !insideChain(parts, sentence.tokens[closing].start)) closing--;
  return closing < 0 ? undefined : speakerBefore(sentence, closing + 1, verb);
}

/**
 * `Trump went even further: "If he loses, it's the end."` — any verb whose clause ends in the colon that
 * opens the quotation introduces it; its subject is the speaker.
 */
function colonIntroduction(document: ArticleDocument, parts: readonly Quotation[]): Cue | undefined {
  const open = parts[0].open;
  const before = document.text.slice(0, open).trimEnd();
  if (!before.endsWith(":")) return undefined;
  const index = sentenceAt(document, before.length - 1);
  const sentence = document.sentences[index];
  if (sentence === undefined || sentence.headline || sentence.boilerplate) return undefined;
  const colon = sentence.tokens.findIndex((token) => token.start === before.length - 1);
  if (colon < 0) return undefined;
  // The verb whose clause the colon closes: the sentence's root when it comes before the colon.
  const verb = sentence.heads.indexOf(-1);
  if (verb < 0 || verb > colon || !isVerb(sentence.tokens[verb])) return undefined;
  const subject = subjectOf(sentence, verb);
  if (subject === undefined || sentence.quotationOf[subject] !== undefined) return undefined;
  return { sentence: index, token: verb, subject, linked: false, distance: open - before.length };
}

function cuesFor(document: ArticleDocument, parts: readonly Quotation[]): Cue[] {
  const cues: Cue[] = [];
  for (const index of frameSentences(document, parts)) {
    const sentence = document.sentences[index];
    if (sentence.headline || sentence.boilerplate) continue;
    sentence.tokens.forEach((token, position) => {
      if (insideChain(parts, token.start) || cueVerbAt(sentence, position) === undefined) return;
      const subject = subjectOf(sentence, position) ?? speakerAfterQuotation(sentence, parts, position);
      if (subject === undefined || sentence.quotationOf[subject] !== undefined) return;
      const linked = subtree(sentence, position).some((child) =>
        insideChain(parts, sentence.tokens[child].start),
      );
      // A verb that says something else in words of its own ("said Rubio had been rocked") is not this
      // quotation's cue.
      if (!linked && complementOf(sentence, position) !== undefined) return;
      cues.push({
        sentence: index,
        token: position,
        subject,
        linked,
        distance: Math.min(distanceTo(parts, token.start), distanceTo(parts, sentence.tokens[subject].start)),
      });
    });
  }
  return cues.sort((a, b) => Number(b.linked) - Number(a.linked) || a.distance - b.distance);
}

/**
 * `said the plan was "a disaster"`, `vowed to "take our fight" to …`: the quotation is a piece of what the
 * cue governs, which the clause and object rules take whole.
 */
function isPartOfReportedClause(document: ArticleDocument, cue: Cue, parts: readonly Quotation[]): boolean {
  const sentence = document.sentences[cue.sentence];
  // The subject is never what was said, even when a confused parse hangs the quotation on it.
  const governed = sentence.dependents[cue.token].find(
    (dependent) =>
      !/^(?:nsubj|csubj)/.test(sentence.relations[dependent]) &&
      subtree(sentence, dependent).some((token) => insideChain(parts, sentence.tokens[token].start)),
  );
  if (
    governed === undefined ||
    (sentence.quotationOf[governed] !== undefined && sentence.relations[governed] === "punct")
  )
    return false;
  return quotingOf(sentence, subtree(sentence, governed)) === "partly";
}

/** The other quotations of the cue's sentence on the far side of the cue: `"…," he said, "…"`. */
function splitParts(
  document: ArticleDocument,
  cue: Cue,
  parts: readonly Quotation[],
  used: ReadonlySet<Quotation>,
): Quotation[] {
  const sentence = document.sentences[cue.sentence];
  const cueStart = sentence.tokens[cue.token].start;
  if (parts[parts.length - 1].after > cueStart) return [];
  // The attribution ends with the cue or its speaker; a title further on ("on the show "…"") is not the
  // rest of the words.
  const speaker = subtree(sentence, cue.subject).filter((token) => token > cue.token);
  const attributionEnd = sentence.tokens[Math.max(cue.token, ...speaker)].end;
  // `"…," she said, adding, "…"` / `…, and then predicted: "…"`: a speech verb that introduces the next
  // quotation makes it another statement (one with words of its own, "after hinting that …", does not).
  const cueBetween = (quotation: Quotation) =>
    sentence.tokens.some(
      (token, position) =>
        token.start >= attributionEnd &&
        /^[\s,:]*$/.test(document.text.slice(token.end, quotation.open)) &&
        cueVerbAt(sentence, position)?.speech === true,
    );
  // `"…," Bozell says. "…," he adds.`: a quotation with a cue of its own right after it is another statement.
  const ownCueAfter = (quotation: Quotation) =>
    cuesFor(document, chainOf(quotation)).some(
      (other) =>
        other.distance <= ADJACENT &&
        (other.sentence !== cue.sentence || other.token !== cue.token) &&
        document.sentences[other.sentence].tokens[other.token].start > quotation.open,
    );
  return document.quotations.filter(
    (quotation) =>
      !cueBetween(quotation) &&
      quotation.previous === undefined &&
      quotation.outer === undefined &&
      !used.has(quotation) &&
      quotation.open > cueStart &&
      quotation.open < sentence.end &&
      (/^[\s,:;—–-]*$/.test(document.text.slice(attributionEnd, quotation.open)) ||
        isUtterance(document, chainOf(quotation))) &&
      !ownCueAfter(quotation),
  );
}

function kindOf(document: ArticleDocument, cue: Cue, parts: readonly Quotation[]): StatementKind {
  const verb = cueVerbAt(document.sentences[cue.sentence], cue.token);
  const last = parts[parts.length - 1];
  if (document.text.slice(last.start, last.end).trim().endsWith("?")) return StatementKind.QUESTION;
  if (verb === undefined || verb.kind === StatementKind.PARAPHRASE || verb.kind === StatementKind.CLAIM)
    return StatementKind.QUOTE;
  return verb.kind;
}

export const quotationWithCue: AttributionRule = {
  name: "quotation-with-cue",
  find(document) {
    const findings: Finding[] = [];
    const used = new Set<Quotation>();
    for (let parts of quotationChains(document.quotations)) {
      if (used.has(parts[0])) continue;
      const cue =
        cuesFor(document, parts).find((candidate) => candidate.linked || candidate.distance <= 120) ??
        colonIntroduction(document, parts);
      if (cue === undefined || isPartOfReportedClause(document, cue, parts)) continue;
      // A few words right next to their cue ("Never again!" she shouted) are speech; further away, only a clause.
      if (cue.distance > ADJACENT && !isUtterance(document, parts)) continue;
      for (const split of splitParts(document, cue, parts, used)) parts = [...parts, ...chainOf(split)];
      parts.forEach((part) => used.add(part));
      const first = Math.min(cue.sentence, sentenceAt(document, parts[0].open));
      const last = Math.max(cue.sentence, sentenceAt(document, parts[parts.length - 1].after - 1));
      findings.push({
        rule: this.name,
        kind: kindOf(document, cue, parts),
        direct: true,
        content: parts.map((part) => ({ start: part.start, end: part.end })),
        cue: { sentence: cue.sentence, token: cue.token },
        source: { kind: "phrase", head: { sentence: cue.sentence, token: cue.subject } },
        sentences: { first, last },
        confidence: cue.linked ? CONFIDENCE.namedSpeaker : CONFIDENCE.linkedSpeaker,
      });
    }
    return findings;
  },
};
