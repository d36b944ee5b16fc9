// The verbs that attribute words or thoughts to a source, by lemma (the NLP server lemmatises, so one
// entry covers said, says, saying), each with the kind of statement it reports.
import { StatementKind } from "../../graph/model";

const { PARAPHRASE, CLAIM, REPORT, CONFIRMATION, DECISION, ANNOUNCEMENT, ESTIMATE, REBUTTAL, QUESTION } =
  StatementKind;

export interface CueVerb {
  lemma: string;
  kind: StatementKind;
  /** Speech proper (said, told, wrote): a direct quotation next to it is what was said. */
  speech: boolean;
}

/** A comma-separated list of lemmas as written below. */
function lemmaList(lemmas: string): string[] {
  return lemmas.trim().split(/\s*,\s*/);
}

function entries(kind: StatementKind, speech: boolean, lemmas: string): CueVerb[] {
  return lemmaList(lemmas).map((lemma) => ({ lemma, kind, speech }));
}

const CUE_VERBS: readonly CueVerb[] = [
  ...entries(
    PARAPHRASE,
    true,
    `say, tell, add, state, note, stress, emphasize, emphasise, underline, underscore, highlight, explain,
     comment, remark, mention, observe, recall, reiterate, repeat, respond, reply, answer, retort,
     acknowledge, admit, concede, agree, argue, complain, lament, warn, caution, urge, write, post, tweet,
     speak, echo, clarify, recount, describe, assure, inform, brief, testify, quip, joke, shout, yell,
     scream, whisper, exclaim, mutter, interject, interrupt, continue, conclude, begin, muse, marvel, gush,
     plead, beg, implore, demand, insist, suggest, indicate, signal, hint, point, confide, concur, counsel,
     advise, predict, elaborate, opine, tout, praise, criticize, criticise, condemn, slam, blast, thank,
     call, chide, scold, mock, ridicule, fume, rail, lash, attack, charge, vow, pledge, promise, threaten,
     announce, declare, proclaim, report, reveal, disclose, confirm, deny, reject, dismiss, dispute, refute,
     rebut, counter, ask, question, wonder, inquire, claim, allege, assert, contend, maintain, boast, brag,
     estimate, recommend, propose, request, order, instruct, direct, rule, decide, grumble, sigh, snap,
     laugh, chuckle, smile, cry, text, email, message, chant, boom, bark`,
  ),
  ...entries(
    PARAPHRASE,
    false,
    `believe, think, feel, know, realize, realise, recognize, recognise, understand, consider, hope, fear,
     worry, doubt, suspect, assume, guess, reckon, imagine, learn, hear, find, show, see, expect, anticipate,
     forecast, project, speculate, figure, determine, discover, notice, sense, want, wish, plan, intend,
     prefer, accuse, blame, credit, view, regard, portray, cast, frame, characterize, label, brand, dub,
     calculate, refuse, decline, seek`,
  ),
];

/** Kinds that differ from the verb list's default (PARAPHRASE). */
const KIND_OF: Readonly<Record<string, StatementKind>> = {
  claim: CLAIM,
  allege: CLAIM,
  assert: CLAIM,
  contend: CLAIM,
  maintain: CLAIM,
  insist: CLAIM,
  boast: CLAIM,
  brag: CLAIM,
  accuse: CLAIM,
  blame: CLAIM,
  charge: CLAIM,
  believe: CLAIM,
  think: CLAIM,
  argue: CLAIM,
  report: REPORT,
  reveal: REPORT,
  disclose: REPORT,
  find: REPORT,
  show: REPORT,
  learn: REPORT,
  discover: REPORT,
  confirm: CONFIRMATION,
  acknowledge: CONFIRMATION,
  announce: ANNOUNCEMENT,
  declare: ANNOUNCEMENT,
  proclaim: ANNOUNCEMENT,
  vow: DECISION,
  pledge: DECISION,
  promise: DECISION,
  decide: DECISION,
  order: DECISION,
  rule: DECISION,
  refuse: DECISION,
  decline: DECISION,
  estimate: ESTIMATE,
  predict: ESTIMATE,
  forecast: ESTIMATE,
  project: ESTIMATE,
  expect: ESTIMATE,
  anticipate: ESTIMATE,
  calculate: ESTIMATE,
  deny: REBUTTAL,
  reject: REBUTTAL,
  dismiss: REBUTTAL,
  dispute: REBUTTAL,
  refute: REBUTTAL,
  rebut: REBUTTAL,
  counter: REBUTTAL,
  ask: QUESTION,
  question: QUESTION,
  wonder: QUESTION,
  inquire: QUESTION,
};

const BY_LEMMA = new Map<string, CueVerb>();
for (const entry of CUE_VERBS) {
  if (BY_LEMMA.has(entry.lemma)) continue;
  BY_LEMMA.set(entry.lemma, { ...entry, kind: KIND_OF[entry.lemma] ?? entry.kind });
}

export function cueVerb(lemma: string): CueVerb | undefined {
  return BY_LEMMA.get(lemma.toLowerCase());
}

/**
 * Verbs that say only with a given word after them: an object ("as Ridge put it: …") or a particle
 * ("shot back", "weighed in").
 */
const WITH_WORD: ReadonlyMap<string, string> = new Map([
  ["put", "it"],
  ["shoot", "back"],
  ["fire", "back"],
  ["hit", "back"],
  ["push", "back"],
  ["weigh", "in"],
  ["lash", "out"],
  ["spell", "out"],
]);

/** The cue a verb is with the word after it ("put" with "it", "shot" with "back"), if it is one only so. */
export function cueVerbWith(lemma: string, word: string): CueVerb | undefined {
  const lower = lemma.toLowerCase();
  return WITH_WORD.get(lower) === word.toLowerCase()
    ? { lemma: lower, kind: PARAPHRASE, speech: true }
    : undefined;
}

export function cueVerbCount(): number {
  return BY_LEMMA.size;
}

/**
 * Speech verbs that may come before their speaker after the words ("…," said the mayor): verbs of saying
 * proper, not of judging ("…, criticized the plan" has its subject elsewhere).
 */
const INVERTING = new Set(
  lemmaList(`say, add, ask, answer, reply, respond, retort, write, tell, explain, note, observe, recall, continue,
   insist, declare, argue, warn, agree, joke, quip, shout, yell, scream, whisper, exclaim, mutter, remark,
   comment, conclude, concede, admit, acknowledge, muse, tweet, post, counter, offer, predict, suggest, chant, put,
   report, claim, state, maintain, contend, assert, stress, emphasize, estimate, confirm, announce, allege`),
);

export function mayPrecedeItsSpeaker(lemma: string): boolean {
  return INVERTING.has(lemma.toLowerCase());
}

/**
 * Of those, the ones that mean speech only beside a quotation ("…," he continued): set off by commas in
 * plain words they are other verbs ("…, the borrowing continued").
 */
const ONLY_BESIDE_QUOTATIONS = new Set(lemmaList(`continue, conclude, post, offer, counter`));

/** A speech verb that may stand as an aside to unquoted words: "…, Spicer said." / "The plan, he argued, fails." */
export function mayFrameAnAside(lemma: string): boolean {
  return mayPrecedeItsSpeaker(lemma) && !ONLY_BESIDE_QUOTATIONS.has(lemma.toLowerCase());
}
