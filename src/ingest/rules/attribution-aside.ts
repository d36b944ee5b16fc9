// "…, Spicer said." / "The outreach, they said, raised new worries." / "…, said Rita Katz, the director of
// SITE." : a speech verb set off by commas with its speaker, at the end of the sentence or inside it; what
// was said is the rest of the sentence. Read from the words, because the parser often hangs such an aside
// on some word deep in the clause it frames.
import { CONFIDENCE } from "../marks";
import { mayFrameAnAside } from "../lexicon/cue-verbs";
import { dependentsBy, isPunctuation, isQuoteMark, subtree, type Sentence } from "../stages/document";
import type { Span } from "../text";
import { cueRule } from "./rule";
import {
  contentSpan,
  cueVerbAt,
  hasTense,
  plainPhrase,
  quotingOf,
  speakerBefore,
  subjectOf,
  tokenRange,
} from "./syntax";

/** What may follow the verb in a closing aside: "on Tuesday", "in a statement" — a few words, no clause. */
const MAX_TRAILING_WORDS = 6;

interface Aside {
  /** The comma that opens the aside, and the one that closes it (or the sentence's end). */
  open: number;
  close: number;
  source: number;
}

function isComma(sentence: Sentence, token: number): boolean {
  return sentence.tokens[token]?.text === ",";
}

/** The sentence's last word token (closing punctuation and quotation marks left out) plus one. */
function wordsEnd(sentence: Sentence): number {
  let end = sentence.tokens.length;
  while (end > 0 && isPunctuation(sentence.tokens[end - 1])) end--;
  return end;
}

/** What a verb says, after it: an aside's verb has none ("…, Spicer said, …" but not "…, Kiedis said his band"). */
const COMPLEMENT = /^(?:ccomp|xcomp|obj|iobj|parataxis|dep)$/;

/** Where the aside around the verb at `cue` ends: a comma with more words after it, or the sentence's end. */
function asideClose(sentence: Sentence, after: number, end: number): number | undefined {
  for (let token = after; token < end; token++) {
    if (isComma(sentence, token))
      return plainPhrase(sentence, after, token, MAX_TRAILING_WORDS) ? token : undefined;
  }
  return plainPhrase(sentence, after, end, MAX_TRAILING_WORDS) ? end : undefined;
}

/** "…, Spicer said …" / "…, a former official said …": the speaker between the comma and the verb. */
function speakerFirst(sentence: Sentence, cue: number, end: number): Aside | undefined {
  let open = cue - 1;
  while (open >= 0 && !isComma(sentence, open)) open--;
  if (open <= 0 || isQuoteMark(sentence.tokens[open + 1]) || sentence.quotationOf[open] !== undefined)
    return undefined;
  // The verb's subject with its own phrase, however long ("Mike Shields, the group's president,"); when the
  // parser found the subject elsewhere, a few plain words ending in a noun.
  const subject = subjectOf(sentence, cue);
  const parsed = subject !== undefined && subject > open && subject < cue && sentence.heads[subject] === cue;
  const source = parsed ? subject : speakerBefore(sentence, open + 1, cue);
  if (source === undefined) return undefined;
  const phrase = new Set(subtree(sentence, source, new Set([cue])));
  let from = open + 1;
  while (from < cue && (phrase.has(from) || /^(?:RB|RBR)$/.test(sentence.tokens[from].pos))) from++;
  if (from < cue && !plainPhrase(sentence, open + 1, cue)) return undefined;
  if (/^W(?:P|DT)$/.test(sentence.tokens[source].pos) || sentence.tokens[source].lower === "that")
    return undefined;
  const close = asideClose(sentence, cue + 1, end);
  if (close === undefined) return undefined;
  // "If the dock floods, Ortiz said, the council must act": the parser makes the clause after the aside
  // the verb's complement; a complement inside the aside is a plain attribution instead.
  if (dependentsBy(sentence, cue, COMPLEMENT).some((token) => token > cue && token < close)) return undefined;
  return { open, close, source };
}

/** "…, said Rita Katz, the director of SITE Intelligence Group, which tracks …" — only at the sentence's end. */
function speakerAfter(sentence: Sentence, cue: number): Aside | undefined {
  if (!isComma(sentence, cue - 1) || sentence.quotationOf[cue - 1] !== undefined) return undefined;
  if (isQuoteMark(sentence.tokens[cue - 2] ?? sentence.tokens[cue])) return undefined;
  // The speaker's phrase starts right after the verb and hangs on it ("said he called …" is no aside).
  const source = subjectOf(sentence, cue);
  if (source === undefined || source <= cue || sentence.heads[source] !== cue) return undefined;
  if (Math.min(...subtree(sentence, source)) !== cue + 1) return undefined;
  return { open: cue - 1, close: sentence.tokens.length, source };
}

export const attributionAside = cueRule("attribution-aside", (sentence, position) => {
  const cue = cueVerbAt(sentence, position);
  const verb = sentence.tokens[position];
  // A participle ("…, saying …") shares its subject with the clause before it: not an aside.
  if (cue === undefined || !cue.speech || !mayFrameAnAside(verb.lemma) || !hasTense(verb)) return;
  const end = wordsEnd(sentence);
  const aside = speakerFirst(sentence, position, end) ?? speakerAfter(sentence, position);
  if (aside === undefined || sentence.quotationOf[aside.source] !== undefined) return;
  const before = tokenRange(0, aside.open);
  const after = aside.close < end ? tokenRange(aside.close + 1, sentence.tokens.length) : [];
  const words = [...before, ...after];
  // What was said is a clause ("When asked, he said, …" frames nothing), and not a quotation's words.
  if (!words.some((token) => hasTense(sentence.tokens[token])) || quotingOf(sentence, words) === "quoted")
    return;
  const parts = [contentSpan(sentence, before), contentSpan(sentence, after)].filter(
    (part): part is Span => part !== undefined,
  );
  if (parts.length === 0) return;
  return { kind: cue.kind, content: parts, source: aside.source, confidence: CONFIDENCE.namedSpeaker };
});
