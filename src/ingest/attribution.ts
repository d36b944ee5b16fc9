// Who said what in one sentence: direct quotations with their attribution ("…," X said / said X / X said,
// "…"), reported speech ("X said (that) …", "…, X claimed", "according to X", "…, adding that …"),
// nested attribution ("X reported, citing Y sources"), passive attribution ("confirmed by X") and quoted
// fragments ("calling it "a trap""). Speakers stay mentions here; extract.ts resolves them.
import { StatementKind } from "../graph/model";
import { dateline, type SentenceContext } from "./name-chunks";
import type { Mention } from "./mention";
import { quotationText, type Quotation } from "./quotes";
import { matchSpeechVerb, type SpeechVerbMatch } from "./speech-verbs";
import type { Span } from "./text";
import type { Token } from "./tokens";

export type SpeakerSource =
  | { kind: "mention"; mention: Mention }
  /** The speaker of an earlier attribution in the same sentence ("…, adding that …"). */
  | { kind: "same-as"; attribution: Attribution }
  /** The speaker of the quotation before (an unattributed quotation continuing one). */
  | { kind: "inherited" }
  /** The article itself ("falsely claiming": the publisher's correction). */
  | { kind: "publisher" };

/** "dismissed Putin's remarks", "echoed Putin's comments": whose statement a rebuttal or an echo answers. */
export interface DisputedObject {
  /** Undefined for "rejected the claim": the statement meant is the latest one of its kind. */
  owner?: Mention;
  noun: string;
  /** "Russia's demand to cancel …": words that state the disputed statement itself. */
  content?: Span;
}

export interface Attribution {
  kind: StatementKind;
  speaker: SpeakerSource;
  via: Mention[];
  /** The statement text: the quotation's words, or the reported clause. */
  content: Span;
  direct: boolean;
  quotation?: Quotation;
  /** Index of the speech verb's first token. */
  verbToken?: number;
  /** For the publisher's rebuttal of "falsely claiming that …": the claim it answers. */
  rebuts?: Attribution;
  /** A quotation inside a quotation: the outer speaker relayed it (VIA). */
  relayedBy?: Attribution;
  disputed?: DisputedObject;
  /** "The statement confirms earlier reports …": the previous statement confirms this one. */
  confirmedByPrevious: boolean;
  confidence: number;
}

const SKIPPED_BEFORE_VERB = new Set([
  "also",
  "later",
  "previously",
  "reportedly",
  "repeatedly",
  "officially",
  "recently",
  "publicly",
  "separately",
  "quickly",
  "earlier",
  "again",
  "often",
  "already",
  "always",
  "still",
  "then",
  "just",
  "first",
  "further",
  "once",
  "now",
  "never",
  "not",
  "has",
  "have",
  "had",
  "been",
  "would",
  "will",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "did",
  "does",
  "do",
  "swiftly",
  "immediately",
  "openly",
  "explicitly",
  "directly",
  "indirectly",
  "categorically",
  "flatly",
  "firmly",
  "strongly",
  "similarly",
  "likewise",
  "allegedly",
  "apparently",
  "moved",
  "went",
  "sought",
  "tried",
  "decided",
  "continued",
  "wanted",
  "rushed",
  "hastened",
  "began",
  "started",
  "appeared",
  "seemed",
  "chose",
  "refused",
  "hoped",
  "aimed",
  "to",
  "on",
]);
const BE_FORMS = new Set(["is", "was", "were", "are", "been", "be", "being"]);
const NOUN_MARKERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
  "earlier",
  "new",
  "latest",
  "recent",
  "previous",
  "these",
  "those",
  "such",
  "this",
  "of",
  "in",
  "for",
  "with",
  "at",
  "by",
  "from",
  "into",
]);
const CLAUSE_BREAKS = new Set([
  "accusing",
  "calling",
  "citing",
  "without",
  "while",
  "whereas",
  "but",
  "although",
  "though",
  "describing",
  "falsely",
  "criticizing",
  "criticising",
  "blaming",
  "sparking",
  "underscoring",
  "putting",
  "according",
  "prompting",
  "urging",
  "warning",
  "adding",
  "saying",
  "claiming",
  "noting",
  "stressing",
  "insisting",
  "arguing",
  "threatening",
  "referring",
]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const TELLING_VERBS = new Set(["tell", "inform", "assure", "brief", "warn"]);
const NEGATIONS = new Set(["not", "never", "cannot", "can't", "couldn't", "didn't", "won't"]);
const REFUSALS = new Set(["declined", "refused", "declines", "refuses"]);
const DOCUMENT_NOUNS = new Map<string, StatementKind>([
  ["decree", StatementKind.DECISION],
  ["law", StatementKind.DECISION],
  ["order", StatementKind.DECISION],
  ["resolution", StatementKind.DECISION],
  ["directive", StatementKind.DECISION],
  ["ruling", StatementKind.DECISION],
  ["bill", StatementKind.DECISION],
  ["declaration", StatementKind.ANNOUNCEMENT],
  ["statement", StatementKind.PARAPHRASE],
  ["letter", StatementKind.PARAPHRASE],
  ["document", StatementKind.PARAPHRASE],
  ["report", StatementKind.REPORT],
]);
const ISSUING_VERBS = new Set([
  "signed",
  "issued",
  "adopted",
  "published",
  "passed",
  "approved",
  "released",
  "drafted",
]);
const PREPOSITIONS_BEFORE_WHEN = new Set(["on", "in", "at", "during"]);
const MONTH_OR_DAY =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*$|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** Where something was said: "on national television", "in a statement". */
const VENUES = new Set([
  "television",
  "tv",
  "radio",
  "telegram",
  "facebook",
  "statement",
  "interview",
  "briefing",
  "video",
  "post",
  "address",
  "conference",
  "broadcast",
]);
/** "said at the time", "said on Monday morning": when, not what. */
const TIME_NOUNS = new Set(["time", "weekend", "morning", "afternoon", "evening", "night", "day", "week"]);
const INDIRECT_OBJECTS = new Set([
  "reporters",
  "journalists",
  "lawmakers",
  "me",
  "us",
  "him",
  "her",
  "them",
  "parliament",
  "media",
  "press",
]);
const INTRO_WORDS = new Set([
  "in",
  "at",
  "on",
  "after",
  "before",
  "during",
  "since",
  "while",
  "already",
  "recently",
  "earlier",
  "later",
  "meanwhile",
  "instead",
  "however",
  "also",
  "as",
  "when",
  "separately",
  "previously",
  "overnight",
  "today",
  "yesterday",
]);
const CLAUSE_FINAL_FOLLOWERS = new Set([
  "on",
  "in",
  "at",
  "during",
  "last",
  "earlier",
  "late",
  "yesterday",
  "today",
  "this",
  "overnight",
]);
const FRAGMENT_INTRODUCERS = [
  ["calling", "it"],
  ["calling", "them"],
  ["calling", "him"],
  ["calling", "her"],
  ["calling", "this"],
  ["called", "it"],
  ["describing", "it", "as"],
  ["described", "it", "as"],
  ["dubbing", "it"],
  ["dubbed", "it"],
  ["terming", "it"],
  ["labeling", "it"],
  ["labelling", "it"],
  ["as"],
];
const STATEMENT_NOUNS = new Map<string, StatementKind>([
  ["demand", StatementKind.ANNOUNCEMENT],
  ["demands", StatementKind.ANNOUNCEMENT],
  ["ultimatum", StatementKind.ANNOUNCEMENT],
  ["proposal", StatementKind.ANNOUNCEMENT],
  ["proposals", StatementKind.ANNOUNCEMENT],
  ["offer", StatementKind.ANNOUNCEMENT],
  ["plan", StatementKind.ANNOUNCEMENT],
  ["claim", StatementKind.CLAIM],
  ["claims", StatementKind.CLAIM],
  ["allegation", StatementKind.CLAIM],
  ["allegations", StatementKind.CLAIM],
  ["accusation", StatementKind.CLAIM],
  ["accusations", StatementKind.CLAIM],
  ["remarks", StatementKind.PARAPHRASE],
  ["comments", StatementKind.PARAPHRASE],
  ["statement", StatementKind.PARAPHRASE],
  ["statements", StatementKind.PARAPHRASE],
  ["words", StatementKind.PARAPHRASE],
  ["report", StatementKind.REPORT],
  ["reports", StatementKind.REPORT],
]);
const ANAPHORIC_DETERMINERS = new Set(["the", "these", "those", "such", "this", "that"]);
const REPORT_NOUNS = new Set(["reports", "report", "claims", "statements"]);
/** Descriptors that name a statement rather than a speaker: "The statement confirms …". */
const NON_SPEAKER_HEADS = new Set(["statement", "report", "move", "news"]);

export function statementNounKind(noun: string): StatementKind | undefined {
  return STATEMENT_NOUNS.get(noun);
}

interface VerbOccurrence {
  index: number;
  last: number;
  match: SpeechVerbMatch;
  passive: boolean;
}

interface Analysis {
  context: SentenceContext;
  mentions: Mention[];
  words: string[];
  quotations: Quotation[];
  attributions: Attribution[];
  usedVerbs: Set<number>;
  /** "The statement confirms …": the sentence confirms what the previous statement said. */
  confirmsPrevious: boolean;
}

// ---------------------------------------------------------------------------------------------- helpers

function tokenAt(analysis: Analysis, index: number): Token | undefined {
  return analysis.context.tokens[index];
}

function inQuotation(token: Token): boolean {
  return token.quotation !== undefined;
}

/** The widest mention whose last token is `index` (a person with their description, not their organisation). */
function mentionEndingAt(analysis: Analysis, index: number): Mention | undefined {
  const candidates = analysis.mentions.filter(
    (mention) => mention.lastToken === index && isSpeakerLike(mention),
  );
  return candidates.sort((a, b) => a.start - b.start)[0];
}

function mentionStartingAt(analysis: Analysis, index: number): Mention | undefined {
  let start = index;
  const candidates = () =>
    analysis.mentions.filter((mention) => mention.firstToken === start && isSpeakerLike(mention));
  let found = candidates();
  if (found.length === 0 && tokenAt(analysis, index)?.lower === "the") {
    start = index + 1;
    found = candidates();
  }
  return found.sort((a, b) => b.end - a.end)[0];
}

function isSpeakerLike(mention: Mention): boolean {
  return mention.kind !== "name" || mention.type !== undefined || mention.weak;
}

function isWordToken(token: Token | undefined): token is Token {
  return token !== undefined && !token.punctuation;
}

/** The first token index at or after `from` that is not punctuation. */
function nextWord(analysis: Analysis, from: number): number {
  let index = from;
  while (index < analysis.context.tokens.length && analysis.context.tokens[index].punctuation) index++;
  return index;
}

function sentenceContentStart(analysis: Analysis): number {
  const { tokens } = analysis.context;
  // "DORVIK, March 3 (Northline) - A cargo plane …": the report starts after the dateline.
  const from = dateline(tokens)?.bodyStart ?? 0;
  const first = tokens.slice(from).find((token) => !token.punctuation);
  return first?.start ?? analysis.context.sentence.start;
}

/** Where the clause that starts at token `from` ends: the sentence end, or a comma before a participle or a new clause. */
function clauseEnd(analysis: Analysis, from: number): number {
  const { tokens, sentence } = analysis.context;
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.text === ";") return token.start;
    const isConjunction = token.lower === "and" || token.lower === "but";
    if (isConjunction && !inQuotation(token)) {
      const verb = speechVerbAt(analysis, index + 1 + skipAdverbs(analysis, index + 1));
      if (verb !== undefined && verb.match.form !== "gerund") return token.start;
    }
    if (token.text !== ",") continue;
    let next = index + 1;
    let end = token.start;
    const quotation = token.quotation;
    if (quotation !== undefined) {
      // A comma inside closing quotes ("irreversible,") ends the clause after the quotation mark.
      const closing = tokens[next];
      if (closing === undefined || closing.start !== quotation.close - 1) continue;
      next++;
      end = quotation.close;
    }
    const following = tokens[next];
    if (following === undefined) return end;
    if (attributionFollows(analysis, next)) return end;
    const followingVerb = speechVerbAt(analysis, next);
    if (CLAUSE_BREAKS.has(following.lower) || followingVerb?.match.form === "gerund") return end;
    if (SUBJECT_PRONOUNS.has(following.lower) && isWordToken(tokens[next + 1]) && !inQuotation(following))
      return end;
  }
  return sentence.end;
}

/** "…, the fire service spokesperson said.": a short speaker phrase and a speech verb that end the sentence. */
function attributionFollows(analysis: Analysis, from: number): boolean {
  const { tokens } = analysis.context;
  for (let index = from + 1; index < tokens.length && index - from <= 6; index++) {
    const token = tokens[index];
    if (token.punctuation || inQuotation(token)) return false;
    const verb = speechVerbAt(analysis, index);
    if (verb === undefined || verb.match.form === "gerund") continue;
    return isClauseFinal(analysis, verb) && mentionStartingAt(analysis, from) !== undefined;
  }
  return false;
}

function skipAdverbs(analysis: Analysis, from: number): number {
  let count = 0;
  while (["also", "later", "then", "further", "again"].includes(tokenAt(analysis, from + count)?.lower ?? ""))
    count++;
  return count;
}

function speechVerbAt(analysis: Analysis, index: number): VerbOccurrence | undefined {
  const token = tokenAt(analysis, index);
  if (token === undefined || token.punctuation || inQuotation(token)) return undefined;
  const match = matchSpeechVerb(analysis.words, index);
  if (match === undefined) return undefined;
  const previous = tokenAt(analysis, index - 1);
  if (
    match.form !== "gerund" &&
    previous !== undefined &&
    NOUN_MARKERS.has(previous.lower) &&
    previous.lower !== "to"
  ) {
    return undefined;
  }
  let before = index - 1;
  while (
    before >= 0 &&
    ["later", "also", "officially", "reportedly", "widely"].includes(analysis.words[before])
  )
    before--;
  const passive = match.form === "past" && before >= 0 && BE_FORMS.has(analysis.words[before]);
  return { index, last: index + match.length - 1, match, passive };
}

function attribution(
  fields: Partial<Attribution> & Pick<Attribution, "kind" | "speaker" | "content">,
): Attribution {
  return { via: [], direct: false, confirmedByPrevious: false, confidence: 0.8, ...fields };
}

/** The subject of the sentence's main clause, after an introductory phrase ("At the same time, Trump …"). */
function sentenceSubject(analysis: Analysis): Mention | undefined {
  const { tokens } = analysis.context;
  let start = nextWord(analysis, 0);
  if (INTRO_WORDS.has(tokens[start]?.lower ?? "")) {
    const comma = tokens.findIndex((token, index) => index > start && token.text === ",");
    if (comma > 0) start = comma + 1;
  }
  return mentionStartingAt(analysis, start);
}

function latestAttributionBefore(analysis: Analysis, index: number): Attribution | undefined {
  const earlier = analysis.attributions.filter(
    (candidate) =>
      candidate.verbToken !== undefined &&
      candidate.verbToken < index &&
      candidate.speaker.kind !== "publisher" &&
      candidate.quotation?.nested !== true,
  );
  return earlier[earlier.length - 1];
}

function speakerOfMainClause(analysis: Analysis, index: number): SpeakerSource | undefined {
  const previous = latestAttributionBefore(analysis, index);
  if (previous !== undefined) return { kind: "same-as", attribution: previous };
  const subject = sentenceSubject(analysis);
  return subject !== undefined ? { kind: "mention", mention: subject } : undefined;
}

function insideContent(analysis: Analysis, token: Token): boolean {
  return analysis.attributions.some(
    (existing) =>
      !existing.direct && existing.content.start <= token.start && token.end <= existing.content.end,
  );
}

// ---------------------------------------------------------------------------------------------- direct quotations

/** The speaker phrase found leftwards from the token before `verbIndex`: "X said", "X, who …, said", "X also said". */
function speakerBefore(
  analysis: Analysis,
  verbIndex: number,
): { mention: Mention } | { coordinated: true } | undefined {
  let index = verbIndex - 1;
  while (index >= 0 && SKIPPED_BEFORE_VERB.has(analysis.words[index])) index--;
  const direct = mentionEndingAt(analysis, index);
  if (direct !== undefined) return { mention: direct };
  const token = tokenAt(analysis, index);
  if (token === undefined) return undefined;
  if (token.lower === "and" || token.lower === "but" || token.lower === "or") return { coordinated: true };
  if (token.text === ",") {
    // "…, a spokesperson for X, Viktor Trehubov, said": the comma closes the speaker's description.
    const described = mentionEndingAt(analysis, index - 1);
    if (described !== undefined && (described.type === "Person" || described.role !== undefined)) {
      return { mention: described };
    }
    // "The engine's manufacturer, Rendahl Motorworks, said": the name set off after the subject's description.
    if (described !== undefined && isAppositiveSubject(analysis, described)) return { mention: described };
    // "The U.S. president, who most recently met Zelensky in Paris, criticized …": skip the relative clause.
    for (let comma = index - 1; comma > 0; comma--) {
      if (tokenAt(analysis, comma)?.text !== ",") continue;
      const opener = tokenAt(analysis, comma + 1)?.lower ?? "";
      if (!["who", "which", "whose"].includes(opener)) break;
      const mention = mentionEndingAt(analysis, comma - 1);
      return mention !== undefined ? { mention } : undefined;
    }
  }
  return undefined;
}

/** "<description>, <Name>," opening the sentence: no verb before the name's comma. */
function isAppositiveSubject(analysis: Analysis, name: Mention): boolean {
  const { tokens } = analysis.context;
  const comma = name.firstToken - 1;
  if (tokens[comma]?.text !== "," || comma < 2) return false;
  return tokens
    .slice(0, comma)
    .every((token) => token.quotation === undefined && !token.tags.has("Verb") && token.text !== ",");
}

function quotationKind(
  analysis: Analysis,
  quote: Quotation,
  verb: VerbOccurrence | undefined,
): StatementKind {
  const words = analysis.context.text.slice(quote.start, quote.end).trim();
  if (verb?.match.verb.kind === StatementKind.QUESTION && words.endsWith("?")) return StatementKind.QUESTION;
  return StatementKind.QUOTE;
}

function findDirectQuotations(analysis: Analysis): void {
  const { tokens, sentence } = analysis.context;
  const doubles = analysis.quotations.filter(
    (quote) => quote.style === "double" && sentence.start <= quote.open && quote.close <= sentence.end,
  );
  let previousFull: Quotation | undefined;
  for (const quote of doubles) {
    const before = tokens.filter((token) => token.end <= quote.open);
    const afterIndex = tokens.findIndex((token) => token.start >= quote.close);
    const lastBefore = before[before.length - 1];
    const opensSentence = before.every((token) => token.punctuation);
    const afterAttribution = lastBefore !== undefined && [",", ":"].includes(lastBefore.text);
    let speaker: SpeakerSource | undefined;
    let verb: VerbOccurrence | undefined;
    let confidence = 0.9;

    // Tail: "…," X said / "…," said X.
    if (afterIndex >= 0) {
      let index = afterIndex;
      while (tokens[index]?.text === ",") index++;
      const mention = mentionStartingAt(analysis, index);
      if (mention !== undefined) {
        let verbIndex = mention.lastToken + 1;
        while (SKIPPED_BEFORE_VERB.has(analysis.words[verbIndex] ?? "") && analysis.words[verbIndex] !== "to")
          verbIndex++;
        const found = speechVerbAt(analysis, verbIndex);
        if (found !== undefined && found.match.form !== "gerund") {
          speaker = { kind: "mention", mention };
          verb = found;
        }
      } else {
        const found = speechVerbAt(analysis, index);
        const after = found !== undefined ? mentionStartingAt(analysis, found.last + 1) : undefined;
        if (found !== undefined && after !== undefined && found.match.form !== "gerund") {
          speaker = { kind: "mention", mention: after };
          verb = found;
        }
      }
    }
    // Head: X said, "…" / He added: "…".
    if (speaker === undefined && afterAttribution && lastBefore !== undefined) {
      const found = speechVerbAt(analysis, lastBefore.index - 1);
      const subject = found !== undefined ? speakerBefore(analysis, found.index) : undefined;
      if (found !== undefined && subject !== undefined && "mention" in subject) {
        speaker = { kind: "mention", mention: subject.mention };
        verb = found;
      } else if (found !== undefined && previousFull !== undefined) {
        // "…," X said, "…": the attribution between two quotations serves both.
        const earlier = analysis.attributions.find((existing) => existing.quotation === previousFull);
        if (earlier !== undefined) speaker = { kind: "same-as", attribution: earlier };
      }
    }
    const full = opensSentence || speaker !== undefined;
    if (!full) continue;
    if (speaker === undefined) {
      speaker = { kind: "inherited" };
      confidence = 0.65;
    }
    if (verb !== undefined) analysis.usedVerbs.add(verb.index);
    // "…," a resident told the Velmar Courier: the outlet relayed the quotation.
    const listener = verb !== undefined ? listenerAfter(analysis, verb) : undefined;
    analysis.attributions.push(
      attribution({
        kind: quotationKind(analysis, quote, verb),
        speaker,
        via: listener !== undefined ? [listener] : [],
        content: quotationText(analysis.context.text, quote),
        direct: true,
        quotation: quote,
        verbToken: verb?.index ?? (afterIndex >= 0 ? afterIndex : undefined),
        confidence,
      }),
    );
    previousFull = quote;
  }
}

/** "Zelensky decided that 'I want to fight'": a quotation inside a quotation, said by the person named before it. */
function findNestedQuotations(analysis: Analysis): void {
  for (const outer of analysis.attributions.filter(
    (existing) => existing.direct && existing.quotation !== undefined,
  )) {
    const quote = outer.quotation as Quotation;
    const nested = analysis.quotations.filter(
      (candidate) => candidate.nested && quote.start <= candidate.open && candidate.close <= quote.end + 1,
    );
    for (const inner of nested) {
      const people = analysis.mentions.filter(
        (mention) => mention.kind === "name" && mention.start >= quote.start && mention.end <= inner.open,
      );
      const named = people[people.length - 1];
      analysis.attributions.push(
        attribution({
          kind: StatementKind.QUOTE,
          speaker:
            named !== undefined
              ? { kind: "mention", mention: named }
              : { kind: "same-as", attribution: outer },
          via: [],
          content: quotationText(analysis.context.text, inner),
          direct: true,
          quotation: inner,
          verbToken: outer.verbToken,
          confidence: named !== undefined ? 0.7 : 0.5,
        }),
      );
      const added = analysis.attributions[analysis.attributions.length - 1];
      if (named !== undefined) added.relayedBy = outer;
    }
  }
}

// ---------------------------------------------------------------------------------------------- reported speech

function isClauseFinal(analysis: Analysis, verb: VerbOccurrence): boolean {
  const { tokens } = analysis.context;
  let after = verb.last + 1;
  // "…, an SBU source told the Kyiv Independent."
  const listener = mentionStartingAt(analysis, after);
  if (listener !== undefined && TELLING_VERBS.has(verb.match.verb.lemma)) after = listener.lastToken + 1;
  else if (INDIRECT_OBJECTS.has(tokens[after]?.lower ?? "")) after++;
  const next = tokens[after];
  if (next === undefined || [".", ",", ";", "!", "?"].includes(next.text)) return true;
  if (!CLAUSE_FINAL_FOLLOWERS.has(next.lower)) return false;
  // "said on Jan. 24", "said on national television" — but not "reported on the attack".
  if (PREPOSITIONS_BEFORE_WHEN.has(next.lower)) {
    const following = tokens.slice(after + 1, after + 4);
    const datedOrVenue = following.some(
      (token) =>
        token.tags.has("Month") ||
        token.tags.has("WeekDay") ||
        MONTH_OR_DAY.test(token.text) ||
        /^\d/.test(token.text) ||
        VENUES.has(token.lower) ||
        TIME_NOUNS.has(token.lower),
    );
    if (!datedOrVenue) return false;
  }
  for (let index = after; index < tokens.length && tokens[index].text !== ","; index++) {
    if (tokens[index].lower === "that") return false;
  }
  return true;
}

/** The listener after a telling verb ("told the Kyiv Independent") relayed the statement. */
function listenerAfter(analysis: Analysis, verb: VerbOccurrence): Mention | undefined {
  if (!TELLING_VERBS.has(verb.match.verb.lemma)) return undefined;
  const listener = mentionStartingAt(analysis, verb.last + 1);
  return listener?.kind === "name" && listener.type !== "Person" ? listener : undefined;
}

/** Where the reported clause starts after the verb, or undefined when the verb takes only an object. */
function complementStart(
  analysis: Analysis,
  verb: VerbOccurrence,
): { start: number; via?: Mention } | undefined {
  const { tokens } = analysis.context;
  let index = verb.last + 1;
  let via: Mention | undefined;
  const indirect = mentionStartingAt(analysis, index);
  if (indirect !== undefined && TELLING_VERBS.has(verb.match.verb.lemma)) {
    via = indirect;
    index = indirect.lastToken + 1;
  } else if (INDIRECT_OBJECTS.has(tokens[index]?.lower ?? "")) {
    index++;
  }
  // "told reporters on Jan. 24 that …", "reiterated his warnings that …", "pledged at the 2024 summit that …".
  for (let look = index; look < tokens.length && look <= index + 9; look++) {
    const token = tokens[look];
    if (token.lower === "that" && !inQuotation(token)) return { start: look + 1, via };
    if (token.text === "," || token.text === ";" || token.quotation !== undefined) break;
    if (speechVerbAt(analysis, look) !== undefined && look > index) break;
  }
  if (!verb.match.verb.takesClause) return undefined;
  const first = tokens[index];
  if (first === undefined || first.punctuation) return undefined;
  // A clause without "that": a subject followed by a finite verb, or a gerund ("reported intercepting …").
  if (first.tags.has("Gerund")) return { start: index, via };
  for (let look = index; look < tokens.length && look <= index + 5; look++) {
    const token = tokens[look];
    if (token.text === ",") break;
    const finite =
      look > index &&
      (token.tags.has("Auxiliary") ||
        token.tags.has("Modal") ||
        token.tags.has("Copula") ||
        (token.tags.has("Verb") &&
          (token.tags.has("PastTense") || token.tags.has("PresentTense")) &&
          !token.tags.has("Gerund")));
    if (finite) return { start: index, via };
  }
  return undefined;
}

function reportedSpeech(analysis: Analysis): void {
  const { tokens, text } = analysis.context;
  for (let index = 0; index < tokens.length; index++) {
    const verb = speechVerbAt(analysis, index);
    if (verb === undefined) continue;
    index = verb.last;
    if (analysis.usedVerbs.has(verb.index) || insideContent(analysis, tokens[verb.index])) continue;
    if (analysis.attributions.some((existing) => existing.direct && existing.verbToken === verb.index))
      continue;
    const kind = verb.match.verb.kind;
    // "Karsland has not commented", "the council did not respond": nothing was said. ("could not verify"
    // still reports the failure to confirm.)
    if (isNegated(analysis, verb) && kind !== StatementKind.CONFIRMATION) {
      analysis.usedVerbs.add(verb.index);
      continue;
    }

    if (verb.passive) {
      passiveAttribution(analysis, verb);
      continue;
    }
    if (verb.match.form === "gerund") {
      participleAttribution(analysis, verb);
      continue;
    }

    const found = speakerBefore(analysis, verb.index);
    let speaker: SpeakerSource | undefined;
    let speakerMention: Mention | undefined;
    if (found !== undefined && "mention" in found) {
      speakerMention = found.mention;
      speaker = { kind: "mention", mention: found.mention };
    } else if (found !== undefined) {
      speaker = speakerOfMainClause(analysis, verb.index);
    } else if (tokens[verb.index - 1]?.text === ",") {
      // Inverted: "…, said the governor."
      const after = mentionStartingAt(analysis, verb.last + 1);
      if (after !== undefined && isClauseFinal(analysis, { ...verb, last: after.lastToken })) {
        speakerMention = after;
        speaker = { kind: "mention", mention: after };
        const contentEnd = tokens[verb.index - 1].start;
        pushReported(
          analysis,
          verb,
          speaker,
          { start: sentenceContentStart(analysis), end: contentEnd },
          true,
        );
        continue;
      }
    }
    if (speaker === undefined) continue;
    // "The statement confirms earlier reports …": a statement, not a speaker, is the subject.
    if (speakerMention?.kind === "descriptor" && NON_SPEAKER_HEADS.has(speakerMention.head ?? "")) {
      if (kind === StatementKind.CONFIRMATION) analysis.confirmsPrevious = true;
      continue;
    }

    // Clause-final: "This is the third time the plant was hit, Kovalenko said."
    let beforeSpeaker = speakerMention !== undefined ? speakerMention.firstToken - 1 : -1;
    if (["the", "a", "an"].includes(tokens[beforeSpeaker]?.lower ?? "")) beforeSpeaker--;
    const commaBefore = tokens[beforeSpeaker];
    if (speakerMention !== undefined && commaBefore?.text === "," && isClauseFinal(analysis, verb)) {
      const wordsBefore = tokens.slice(0, beforeSpeaker).filter((token) => !token.punctuation).length;
      if (wordsBefore >= 3) {
        const start = sentenceContentStart(analysis);
        const added = pushReported(analysis, verb, speaker, { start, end: commaBefore.start }, true);
        const listener = listenerAfter(analysis, verb);
        if (listener !== undefined) added.via.push(listener);
        continue;
      }
    }
    if (isClauseFinal(analysis, verb) && kind !== StatementKind.CONFIRMATION) continue;

    const complement = complementStart(analysis, verb);
    if (complement !== undefined) {
      const start = tokens[complement.start]?.start ?? text.length;
      const end = clauseEnd(analysis, complement.start);
      if (end <= start) continue;
      const added = pushReported(analysis, verb, speaker, { start, end }, false);
      if (
        complement.via !== undefined &&
        complement.via.type !== undefined &&
        complement.via.type !== "Person"
      ) {
        added.via.push(complement.via);
      }
      continue;
    }
    // An object, not a clause: the statement is the clause itself ("The General Staff confirmed the attack …").
    const clauseStart =
      speakerMention !== undefined && speakerMention.lastToken < verb.index
        ? speakerMention.start
        : tokens[verb.index].start;
    const end = clauseEnd(analysis, verb.last + 1);
    const added = pushReported(analysis, verb, speaker, { start: clauseStart, end }, false);
    added.disputed = disputedObject(analysis, verb, end);
  }
}

function pushReported(
  analysis: Analysis,
  verb: VerbOccurrence,
  speaker: SpeakerSource,
  content: Span,
  clauseFinal: boolean,
): Attribution {
  const trimmed = trimContent(analysis.context.text, content);
  // "could not verify all the claims" reports a failure to confirm, not a confirmation.
  const negated = isNegated(analysis, verb);
  const confirmation = verb.match.verb.kind === StatementKind.CONFIRMATION;
  const added = attribution({
    kind: negated && confirmation ? StatementKind.REPORT : verb.match.verb.kind,
    speaker,
    content: trimmed,
    verbToken: verb.index,
    confidence: clauseFinal ? 0.85 : 0.8,
  });
  analysis.attributions.push(added);
  analysis.usedVerbs.add(verb.index);
  return added;
}

/** "has not commented", "did not immediately say", "declined to comment": a negation of the verb itself. */
function isNegated(analysis: Analysis, verb: VerbOccurrence): boolean {
  const { words } = analysis;
  let index = verb.index - 1;
  if (words[index] === "to" && REFUSALS.has(words[index - 1] ?? "")) return true;
  while (index >= 0 && SKIPPED_BEFORE_VERB.has(words[index]) && !NEGATIONS.has(words[index])) index--;
  return NEGATIONS.has(words[index] ?? "");
}

function trimContent(text: string, content: Span): Span {
  let { start, end } = content;
  while (start < end && /[\s,;:\u2014\u2013-]/.test(text[start])) start++;
  while (end > start && /[\s,;:\u2014\u2013]/.test(text[end - 1])) end--;
  return { start, end };
}

function passiveAttribution(analysis: Analysis, verb: VerbOccurrence): void {
  const { tokens } = analysis.context;
  for (let look = verb.last + 1; look < tokens.length && look <= verb.last + 5; look++) {
    if (tokens[look].lower !== "by") continue;
    const mention = mentionStartingAt(analysis, look + 1);
    if (mention === undefined) return;
    let start = verb.index;
    while (start > 0 && tokens[start - 1].text !== "," && tokens[start - 1].text !== ";") start--;
    const content = { start: tokens[nextWord(analysis, start)].start, end: mention.end };
    pushReported(analysis, verb, { kind: "mention", mention }, content, false);
    return;
  }
}

function participleAttribution(analysis: Analysis, verb: VerbOccurrence): void {
  const { tokens } = analysis.context;
  if (!verb.match.verb.takesClause) return;
  let previous = verb.index - 1;
  const falsely = ["falsely", "wrongly", "erroneously", "incorrectly", "baselessly"].includes(
    analysis.words[previous] ?? "",
  );
  if (falsely || ["also", "again", "repeatedly"].includes(analysis.words[previous] ?? "")) previous--;
  const token = tokens[previous];
  const afterComma =
    token?.text === "," ||
    (token?.quotation !== undefined && tokens[previous - 1]?.text === ",") ||
    token?.text === '"';
  const coordinated = token?.lower === "and" && latestAttributionBefore(analysis, verb.index) !== undefined;
  if (!afterComma && !coordinated) return;
  const speaker = speakerOfMainClause(analysis, verb.index);
  if (speaker === undefined) return;
  let start = verb.last + 1;
  if (tokens[start]?.lower === "that") start++;
  if (tokens[start] === undefined) return;
  const end = clauseEnd(analysis, start);
  const content = trimContent(analysis.context.text, { start: tokens[start].start, end });
  if (content.end <= content.start) return;
  const claim = attribution({
    kind: verb.match.verb.kind,
    speaker,
    content,
    verbToken: verb.index,
    confidence: 0.75,
  });
  analysis.attributions.push(claim);
  analysis.usedVerbs.add(verb.index);
  if (falsely) {
    // "falsely claiming that …": the article's own correction of the claim.
    analysis.attributions.push(
      attribution({
        kind: StatementKind.REBUTTAL,
        speaker: { kind: "publisher" },
        content,
        verbToken: verb.index,
        confidence: 0.75,
        rebuts: claim,
      }),
    );
  }
}

/** "dismissed Putin's remarks", "rejected Russia's demand to cancel …": the owner of the rebutted statement. */
function disputedObject(
  analysis: Analysis,
  verb: VerbOccurrence,
  clauseEndOffset: number,
): DisputedObject | undefined {
  const { kind, lemma } = verb.match.verb;
  if (kind !== StatementKind.REBUTTAL && kind !== StatementKind.CONFIRMATION && lemma !== "echo")
    return undefined;
  const { tokens } = analysis.context;
  let index = verb.last + 1;
  const determiner = tokens[index]?.lower ?? "";
  if (ANAPHORIC_DETERMINERS.has(determiner)) index++;
  const owner = analysis.mentions.find((mention) => mention.firstToken === index && mention.possessive);
  if (owner === undefined) {
    // "rejected the claim", "dismissed these reports": no owner, the nearest such statement.
    const noun = tokens[index];
    const after = tokens[index + 1];
    const ends = after === undefined || after.punctuation || ["as", "and", "but"].includes(after.lower);
    const anaphoric =
      ANAPHORIC_DETERMINERS.has(determiner) &&
      noun !== undefined &&
      statementNounKind(noun.lower) !== undefined;
    return anaphoric && ends ? { noun: noun.lower } : undefined;
  }
  const noun = tokens[owner.lastToken + 1];
  if (noun === undefined || statementNounKind(noun.lower) === undefined) return undefined;
  const follows = tokens[owner.lastToken + 2];
  const stated = follows !== undefined && ["to", "that", "for"].includes(follows.lower);
  let end = clauseEndOffset;
  const comma = tokens.find(
    (token) => token.index > owner.lastToken && token.text === "," && !inQuotation(token),
  );
  if (comma !== undefined && comma.start < end) end = comma.start;
  return { owner, noun: noun.lower, content: stated ? { start: owner.start, end } : undefined };
}

/** "a decree signed by X …, which declared …", "X's 2022 decree, which states …": the document's author said it. */
function documentClauses(analysis: Analysis): void {
  const { tokens } = analysis.context;
  tokens.forEach((token, index) => {
    if (!["which", "that"].includes(token.lower) || tokens[index - 1]?.text !== "," || inQuotation(token))
      return;
    const verb = speechVerbAt(analysis, index + 1 + skipAdverbs(analysis, index + 1));
    if (verb === undefined || verb.match.form === "gerund" || verb.passive) return;
    for (let look = index - 1; look >= 0; look--) {
      const kind = DOCUMENT_NOUNS.get(tokens[look].lower);
      if (kind === undefined) continue;
      const issued = ISSUING_VERBS.has(tokens[look + 1]?.lower ?? "") && tokens[look + 2]?.lower === "by";
      const owner = analysis.mentions.find(
        (mention) => mention.possessive && (mention.lastToken === look - 1 || mention.lastToken === look - 2),
      );
      const author = issued ? mentionStartingAt(analysis, look + 3) : owner;
      if (author === undefined) return;
      let start = verb.last + 1;
      if (tokens[start]?.lower === "that") start++;
      if (tokens[start] === undefined) return;
      const content = trimContent(analysis.context.text, {
        start: tokens[start].start,
        end: clauseEnd(analysis, start),
      });
      analysis.attributions.push(
        attribution({
          kind,
          speaker: { kind: "mention", mention: author },
          content,
          verbToken: verb.index,
          confidence: 0.7,
        }),
      );
      analysis.usedVerbs.add(verb.index);
      return;
    }
  });
}

/** "according to X": the clause is X's; when another speaker is named, X relayed it (VIA). */
function accordingTo(analysis: Analysis): void {
  const { tokens, sentence } = analysis.context;
  for (let index = 0; index < tokens.length - 1; index++) {
    if (tokens[index].lower !== "according" || tokens[index + 1].lower !== "to" || inQuotation(tokens[index]))
      continue;
    const source = mentionStartingAt(analysis, index + 2);
    if (source === undefined) continue;
    const opening = tokens.slice(0, index).every((token) => token.punctuation);
    let content: Span;
    if (opening) {
      const comma = tokens.findIndex((token, position) => position > source.lastToken && token.text === ",");
      if (comma < 0 || tokens[comma + 1] === undefined) continue;
      content = { start: tokens[comma + 1].start, end: sentence.end };
    } else {
      const comma = tokens[index - 1];
      content = {
        start: sentenceContentStart(analysis),
        end: comma?.text === "," ? comma.start : tokens[index].start,
      };
    }
    content = trimContent(analysis.context.text, content);
    // "Local residents reported more than 50 explosions, according to the source."
    const inner = analysis.attributions.filter(
      (existing) => existing.content.start < content.end && content.start < existing.content.end,
    );
    if (inner.length > 0) {
      for (const existing of inner) existing.via.push(source);
      continue;
    }
    const personal =
      source.type === "Person" ||
      source.kind === "pronoun" ||
      source.head === "source" ||
      source.head === "spokesperson";
    analysis.attributions.push(
      attribution({
        kind: personal ? StatementKind.CLAIM : StatementKind.REPORT,
        speaker: { kind: "mention", mention: source },
        content,
        verbToken: index,
        confidence: 0.8,
      }),
    );
  }
}

/** "X reported, citing Y sources": Y said it, X relayed it. */
function citing(analysis: Analysis): void {
  const { tokens } = analysis.context;
  tokens.forEach((token, index) => {
    if (token.lower !== "citing" || inQuotation(token)) return;
    const source = mentionStartingAt(analysis, index + 1);
    const relayed = latestAttributionBefore(analysis, index);
    if (source === undefined || relayed === undefined || relayed.speaker.kind !== "mention") return;
    relayed.via.unshift(relayed.speaker.mention);
    relayed.speaker = { kind: "mention", mention: source };
  });
}

/** "earlier reports in Russian Telegram channels that …": a report by whoever published it. */
function reportNouns(analysis: Analysis): void {
  const { tokens } = analysis.context;
  tokens.forEach((token, index) => {
    if (!REPORT_NOUNS.has(token.lower) || inQuotation(token)) return;
    if (!["in", "by", "from", "on"].includes(tokens[index + 1]?.lower ?? "")) return;
    const source = mentionStartingAt(analysis, index + 2);
    if (source === undefined || tokens[source.lastToken + 1]?.lower !== "that") return;
    const start = source.lastToken + 2;
    if (tokens[start] === undefined) return;
    const content = trimContent(analysis.context.text, {
      start: tokens[start].start,
      end: clauseEnd(analysis, start),
    });
    analysis.attributions.push(
      attribution({
        kind: StatementKind.REPORT,
        speaker: { kind: "mention", mention: source },
        content,
        verbToken: index,
        confidence: 0.7,
        confirmedByPrevious: analysis.confirmsPrevious,
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------- fragments

function findFragments(analysis: Analysis): void {
  const { tokens, sentence, text } = analysis.context;
  const candidates = analysis.quotations.filter(
    (quote) =>
      !quote.nested &&
      sentence.start <= quote.open &&
      quote.close <= sentence.end &&
      !analysis.attributions.some((a) => a.quotation === quote),
  );
  for (const quote of candidates) {
    const covered = analysis.attributions.some(
      (existing) =>
        !existing.direct && existing.content.start <= quote.start && quote.end <= existing.content.end,
    );
    if (covered) continue;
    const openIndex = tokens.findIndex((token) => token.start >= quote.open);
    const before = tokens.slice(Math.max(0, openIndex - 3), openIndex).map((token) => token.lower);
    const introduced = FRAGMENT_INTRODUCERS.some((words) =>
      words.every((word, i) => before[before.length - words.length + i] === word),
    );
    const speaker = speakerOfMainClause(analysis, openIndex);
    if (speaker === undefined) continue;
    if (!introduced && latestAttributionBefore(analysis, openIndex) === undefined) continue;
    const content = quotationText(text, quote);
    if (content.end <= content.start) continue;
    analysis.attributions.push(
      attribution({
        kind: StatementKind.QUOTE,
        speaker,
        content,
        direct: true,
        quotation: quote,
        verbToken: openIndex,
        confidence: introduced ? 0.75 : 0.55,
      }),
    );
  }
}

// ---------------------------------------------------------------------------------------------- entry point

export interface FindAttributionsInput {
  context: SentenceContext;
  mentions: Mention[];
  quotations: readonly Quotation[];
}

/** Every statement attributed in the sentence, in the order their attributions appear. */
export function findAttributions({ context, mentions, quotations }: FindAttributionsInput): Attribution[] {
  const analysis: Analysis = {
    context,
    mentions,
    words: context.tokens.map((token) => token.lower),
    quotations: quotations.filter(
      (quote) => context.sentence.start <= quote.open && quote.close <= context.sentence.end,
    ),
    attributions: [],
    usedVerbs: new Set(),
    confirmsPrevious: false,
  };
  findDirectQuotations(analysis);
  findNestedQuotations(analysis);
  reportedSpeech(analysis);
  documentClauses(analysis);
  accordingTo(analysis);
  citing(analysis);
  reportNouns(analysis);
  findFragments(analysis);
  return analysis.attributions;
}
