// Grammar the attribution rules share: cue verbs with their subjects and complements, content spans
// trimmed to their words, and which tokens a quotation holds.
import type { NlpToken } from "../annotate";
import { cueVerb, cueVerbWith, mayPrecedeItsSpeaker, type CueVerb } from "../lexicon/cue-verbs";
import { RELATIVE_WORDS } from "../lexicon/pronouns";
import { ORGANIZATION_NOUNS, PERSON_NOUNS, SHARE_NOUNS } from "../lexicon/source-nouns";
import {
  dependentsBy,
  enhancedDependents,
  isPunctuation,
  isNominal,
  isQuoteMark,
  isVerb,
  subtree,
  type Sentence,
} from "../stages/document";
import type { Quotation } from "../stages/quotations";
import type { Span } from "../text";

/** A cue verb at `token` that is not itself quoted. */
export function cueVerbAt(sentence: Sentence, token: number): CueVerb | undefined {
  const word = sentence.tokens[token];
  if (!isVerb(word) || sentence.quotationOf[token] !== undefined) return undefined;
  const cue = cueVerb(word.lemma);
  if (cue !== undefined) return cue;
  // "put it", "shot back": the parser reads a particle as one or as an adverb.
  for (const after of dependentsBy(sentence, token, /^(?:obj|compound:prt|advmod)$/)) {
    const phrasal = cueVerbWith(word.lemma, sentence.tokens[after].text);
    if (phrasal !== undefined) return phrasal;
  }
  return undefined;
}

const SUBJECT = /^nsubj(?::outer)?$|^csubj$/;
const PASSIVE_SUBJECT = /^nsubj:pass$/;
const AGENT = /^obl:agent$|^obl$/;

/**
 * The source of a cue verb: its subject; for a passive, the agent ("was told by X"); for a verb that
 * shares a subject ("laughed and said", "declined to say", "…, saying"), the subject it shares.
 */
export function subjectOf(sentence: Sentence, verb: number, depth = 0): number | undefined {
  // A parse confused by quotation marks may give the verb a second subject inside the quotation.
  const subjects = dependentsBy(sentence, verb, SUBJECT);
  const direct = subjects.find((subject) => sentence.quotationOf[subject] === undefined) ?? subjects[0];
  if (direct !== undefined) {
    if (clauseOverAttribution(sentence, direct) === verb) return undefined;
    return relativeAntecedent(sentence, reducedRelativeHolder(sentence, direct));
  }
  if (dependentsBy(sentence, verb, PASSIVE_SUBJECT).length > 0) {
    const agent = dependentsBy(sentence, verb, AGENT).find((candidate) =>
      sentence.dependents[candidate].some((child) => sentence.tokens[child].lower === "by"),
    );
    return agent;
  }
  const shared = enhancedDependents(sentence, verb, /^nsubj(?::xsubj)?$/)[0];
  if (shared !== undefined) return relativeAntecedent(sentence, shared);
  const inverted = invertedSubject(sentence, verb);
  if (inverted !== undefined) return inverted;
  const relation = sentence.relations[verb];
  const head = sentence.heads[verb];
  // "began by talking about …, saying …": a participle after a preposition shares the clause's subject too.
  const shares =
    /^(?:conj|xcomp|advcl|dep|parataxis)$/.test(relation) ||
    (relation === "obl" && sentence.tokens[verb].pos === "VBG");
  if (depth < 3 && head >= 0 && shares) return subjectOf(sentence, head, depth + 1);
  if (depth < 3 && head >= 0 && setOffParticiple(sentence, verb)) {
    // The clause the participle follows: the nearest word above the noun that has a subject.
    for (
      let above = sentence.heads[head], steps = 0;
      above >= 0 && steps < 4;
      above = sentence.heads[above], steps++
    ) {
      const subject = subjectOf(sentence, above, depth + 1);
      if (subject !== undefined && subject !== head) return subject;
    }
  }
  return undefined;
}

/**
 * "Fiorina was upfront about her distaste for Trump, the front-runner, saying conservatives …": a
 * participle set off by a comma speaks for the clause it follows, though the parser hangs it on the noun
 * before the comma as if that noun did the saying ("a group backing Bush" has no comma).
 */
function setOffParticiple(sentence: Sentence, verb: number): boolean {
  return (
    sentence.relations[verb] === "acl" &&
    sentence.tokens[verb].pos === "VBG" &&
    cueVerb(sentence.tokens[verb].lemma)?.speech === true &&
    sentence.tokens[verb - 1]?.text === ","
  );
}

/**
 * "McCaskill said a lot of voters would find it hard": the parser may make a cue verb with a subject of
 * its own the subject of the clause's verb, or a loose clause beside it ("Warren said Trump was a
 * failure" read as "Trump" said, "was a failure" apart), and the clause's subject the cue's object. Then
 * that verb ("find", "failure") is returned: it holds what was said, and speaks for no one.
 */
export function clauseOverAttribution(sentence: Sentence, verb: number): number | undefined {
  const clause = sentence.heads[verb];
  if (
    !/^(?:csubj|parataxis)$/.test(sentence.relations[verb]) ||
    clause <= verb ||
    cueVerbAt(sentence, verb) === undefined ||
    dependentsBy(sentence, verb, /^nsubj$/).length === 0
  )
    return undefined;
  const object = dependentsBy(sentence, verb, /^obj$/).some((token) => token > verb && token < clause);
  return object ? clause : undefined;
}

/** The noun a participle describes: "a group backing Bush", "voters saying they …". */
export function participleHolder(sentence: Sentence, verb: number): number | undefined {
  if (sentence.tokens[verb].pos !== "VBG" || sentence.relations[verb] !== "acl") return undefined;
  const noun = sentence.heads[verb];
  return noun >= 0 && isNominal(sentence.tokens[noun]) ? noun : undefined;
}

/**
 * Whether a noun a participle describes is someone who speaks: a person or organisation by name or by a
 * noun for one ("voters saying …", "30 percent of voters saying …"), not a thing ("a statement saying …"
 * is its issuer's, which the words do not say) nor a place or time ("during the debate, saying …"; "of"
 * is a group's share: "the share of voters saying …").
 */
export function speakingHolder(sentence: Sentence, noun: number): boolean {
  const preposition = dependentsBy(sentence, noun, /^case$/).map((token) => sentence.tokens[token].lower);
  if (preposition.some((word) => word !== "of")) return false;
  const word = sentence.tokens[noun];
  const lemma = word.lemma.toLowerCase();
  return (
    /^(?:PERSON|ORGANIZATION)$/.test(word.ner) ||
    PERSON_NOUNS.has(lemma) ||
    ORGANIZATION_NOUNS.has(lemma) ||
    SHARE_NOUNS.has(lemma)
  );
}

/**
 * "People briefed on the move said …": the parser reads a noun with a participle after it as a clause
 * (csubj "briefed" with "People" as its subject); the speaker is that noun.
 */
function reducedRelativeHolder(sentence: Sentence, subject: number): number {
  if (sentence.relations[subject] !== "csubj" || !/^VB[DN]$/.test(sentence.tokens[subject].pos))
    return subject;
  const noun = dependentsBy(sentence, subject, /^nsubj$/).find(
    (candidate) => candidate < subject && isNominal(sentence.tokens[candidate]),
  );
  const hasObject = dependentsBy(sentence, subject, /^(?:obj|ccomp|xcomp)$/).length > 0;
  return noun !== undefined && !hasObject ? noun : subject;
}

/**
 * `"…," said the woman` / `"…," said Robby Mook`: after a quotation the parser often reads the speaker
 * of an inverted attribution as the verb's object.
 */
function invertedSubject(sentence: Sentence, verb: number): number | undefined {
  const before = sentence.tokens[verb - 1];
  if (before === undefined || !(isQuoteMark(before) || before.text === ",")) return undefined;
  // A participle ("…, telling reporters that …") shares a subject; it never comes before one.
  if (!mayPrecedeItsSpeaker(sentence.tokens[verb].lemma) || !hasTense(sentence.tokens[verb]))
    return undefined;
  // Or as an open complement ("said Fleischer" as xcomp) or a loose dependent: a noun after the verb.
  const object =
    dependentsBy(sentence, verb, /^(?:obj|xcomp|dep)$/).find(
      (candidate) => candidate > verb && isNominal(sentence.tokens[candidate]),
    ) ?? nounPhraseAfter(sentence, verb);
  if (object === undefined || sentence.quotationOf[object] !== undefined) return undefined;
  return object;
}

/**
 * `"…," said Virginia delegate Beau Correll, angered that …`: when the parser hangs the name on a later
 * verb, the plain noun phrase right after the verb, read from the words; its last noun is its head.
 */
function nounPhraseAfter(sentence: Sentence, verb: number): number | undefined {
  let head: number | undefined;
  let token = verb + 1;
  for (; token < sentence.tokens.length; token++) {
    const word = sentence.tokens[token];
    if (isNominal(word)) head = token;
    else if (!/^(?:DT|JJ|PRP\$|POS)$/.test(word.pos)) break;
  }
  // The phrase ends the clause ("…, angered that …", "."): not the subject of a clause that goes on.
  const next = sentence.tokens[token];
  return next === undefined || /^[,.;:!?]$/.test(next.text) ? head : undefined;
}

/** A word with a tense of its own: a past or present verb form, or a modal ("will", "would"). */
export function hasTense(word: NlpToken): boolean {
  return word.pos === "MD" || (/^(?:VBD|VBZ|VBP)$/.test(word.pos) && isVerb(word));
}

/** The token indices from `from` up to `to` (exclusive). */
export function tokenRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
}

/** A sentence's opening conjunction ("But according to …", "And in the same poll, …"). */
const OPENING_CONJUNCTION = /^(?:and|but|yet|so|or)$/;

/** Whether the token at `position` opens its sentence, an opening conjunction aside. */
export function opensSentence(sentence: Sentence, position: number): boolean {
  return wordTokens(sentence, tokenRange(0, position)).every((token) =>
    OPENING_CONJUNCTION.test(sentence.tokens[token].lower),
  );
}

/** The longest speaker phrase before its verb that the words alone are trusted with ("a former official"). */
const MAX_SPEAKER_WORDS = 8;

/**
 * Tokens `from` up to `to` (exclusive) are a few plain words: no verb, no comma or colon, no quotation mark
 * (`…,” she said` is the quotation rules' to read) and no relative pronoun ("…, who wrote …, has been").
 */
export function plainPhrase(sentence: Sentence, from: number, to: number, max = MAX_SPEAKER_WORDS): boolean {
  if (to - from > max) return false;
  for (let token = from; token < to; token++) {
    const word = sentence.tokens[token];
    if (isVerb(word) || /^[,:;]$/.test(word.text) || isQuoteMark(word) || /^W(?:P|DT)$/.test(word.pos))
      return false;
  }
  return true;
}

/**
 * `…," Clinton said` / `…, fuel costs, Varga said` when the parse lost the verb's subject: the noun that
 * ends a few plain words right before the verb, from token `from` on — or a name the tagger took for an
 * adjective and the NLP server still tags a person (`…," Devine/JJ declared`).
 */
export function speakerBefore(sentence: Sentence, from: number, verb: number): number | undefined {
  const before = verb - 1;
  if (before < from) return undefined;
  const word = sentence.tokens[before];
  if (!isNominal(word) && word.ner !== "PERSON") return undefined;
  return plainPhrase(sentence, from, verb) ? before : undefined;
}

/** "Smith, who said …": the subject "who" stands for the noun its clause describes. */
function relativeAntecedent(sentence: Sentence, subject: number): number {
  if (!RELATIVE_WORDS.has(sentence.tokens[subject].lower)) return subject;
  let clause = sentence.heads[subject];
  while (clause >= 0 && sentence.relations[clause] !== "acl:relcl") clause = sentence.heads[clause];
  return clause >= 0 && sentence.heads[clause] >= 0 ? sentence.heads[clause] : subject;
}

const CLAUSAL_COMPLEMENT = /^(?:ccomp|parataxis)$/;

/**
 * The clausal complement of a cue verb ("said [that it would]"), if any. Of two, the one after the verb:
 * "Like other owners who foresee an upside, Mr. Schmidt said he was building …" often parses the opening
 * phrase as a complement too.
 */
export function complementOf(sentence: Sentence, verb: number): number | undefined {
  const complements = dependentsBy(sentence, verb, CLAUSAL_COMPLEMENT);
  return complements.find((token) => token > verb) ?? complements[0];
}

/** Words a content span never starts or ends with: punctuation, and a conjunction left at an edge. */
function isEdgeNoise(token: NlpToken): boolean {
  return isPunctuation(token) && !isQuoteMark(token);
}

/** The characters of `tokens` with edge punctuation trimmed (quotation marks stay with their words). */
export function contentSpan(sentence: Sentence, tokens: readonly number[]): Span | undefined {
  const sorted = [...tokens].sort((a, b) => a - b);
  let first = 0;
  let last = sorted.length - 1;
  while (first <= last && isEdgeNoise(sentence.tokens[sorted[first]])) first++;
  while (last >= first && isEdgeNoise(sentence.tokens[sorted[last]])) last--;
  if (first > last) return undefined;
  return { start: sentence.tokens[sorted[first]].start, end: sentence.tokens[sorted[last]].end };
}

/** The subtree of `head` as content, without the subtrees of `skip`. */
export function clauseContent(
  sentence: Sentence,
  head: number,
  skip: readonly number[] = [],
): Span | undefined {
  return contentSpan(sentence, subtree(sentence, head, new Set(skip)));
}

/**
 * A clause after its cue with the words the parser left stranded after it: "said that the emails
 * released on Tuesday had no bearing" parses "had" as a loose dependent of some other word, so the
 * clause's subtree stops at "Tuesday". Words up to the sentence's end join the clause unless they
 * belong to the cue itself ("…, adding that …", "on Tuesday") or open a quotation of their own.
 */
export function withStrandedTail(sentence: Sentence, cue: number, clause: readonly number[]): number[] {
  const inClause = new Set(clause);
  for (const second of [...secondComplements(sentence, cue), ...reasonsAfter(sentence, cue, clause)])
    for (const token of subtree(sentence, second)) inClause.add(token);
  const ofCue = new Set(subtree(sentence, cue));
  const tail: number[] = [];
  for (let token = Math.max(...clause) + 1; token < sentence.tokens.length; token++) {
    if (inClause.has(token)) {
      tail.push(token);
      continue;
    }
    // The cue's comma before a clause that joins ("…, because …") is passed over.
    const joining = isPunctuation(sentence.tokens[token]) && inClause.has(token + 1);
    if ((ofCue.has(token) && !joining) || sentence.quotationOf[token] !== undefined) break;
    tail.push(token);
  }
  return [...clause, ...tail];
}

/**
 * "says she is not fit to serve, because she put lives at risk": a reason, condition or concession
 * ("although …") after the clause that the parser hung on the cue belongs to what was said.
 */
function reasonsAfter(sentence: Sentence, cue: number, clause: readonly number[]): number[] {
  const end = Math.max(...clause);
  return dependentsBy(sentence, cue, /^advcl$/).filter(
    (clauseHead) =>
      clauseHead > end &&
      dependentsBy(sentence, clauseHead, /^mark$/).some((mark) =>
        /^(?:because|since|unless|if|although|though|whereas)$/.test(sentence.tokens[mark].lower),
      ),
  );
}

/** "said many doubted her but that she never did": a clause conjoined to the cue by "that" is said too. */
function secondComplements(sentence: Sentence, cue: number): number[] {
  return dependentsBy(sentence, cue, /^conj$/).filter(
    (conjunct) =>
      conjunct > cue &&
      dependentsBy(sentence, conjunct, /^mark$/).some((mark) =>
        /^(?:that|whether)$/.test(sentence.tokens[mark].lower),
      ),
  );
}

/** How many of a span's letters lie inside quotation marks: 1 for a direct quotation, 0 for reported speech. */
export function quotedShare(text: string, spans: readonly Span[], quotations: readonly Span[]): number {
  let letters = 0;
  let quoted = 0;
  for (const span of spans)
    for (let i = span.start; i < span.end; i++) {
      if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
      letters++;
      if (quotations.some((quotation) => quotation.start <= i && i < quotation.end)) quoted++;
    }
  return letters === 0 ? 0 : quoted / letters;
}

export function wordTokens(sentence: Sentence, tokens: readonly number[]): number[] {
  return tokens.filter((token) => !isPunctuation(sentence.tokens[token]));
}

function outermost(quotation: Quotation | undefined): Quotation | undefined {
  let found = quotation;
  while (found?.outer !== undefined) found = found.outer;
  return found;
}

/** Words that may stand outside the quotation marks of a quoted clause: "that", "and". */
const LINKING_WORDS = /^(?:that|and|but)$/;

export type Quoting = "none" | "partly" | "quoted";

/**
 * How a clause is quoted: "quoted" when its words are one quotation (a direct quotation, perhaps after
 * "that"), "partly" when it also has words of its own or several quotations (`said the plan was "a
 * disaster"`), "none" without quotation marks. The quotation and clause rules both ask this, so every
 * clause goes to exactly one of them.
 */
export function quotingOf(sentence: Sentence, clause: readonly number[]): Quoting {
  const words = wordTokens(sentence, clause);
  // A quotation inside the quotation ("… the ‘Never Trump’ crowd") is part of it, not a second one.
  const quotations = new Set(words.map((token) => outermost(sentence.quotationOf[token])).filter(Boolean));
  if (quotations.size === 0) return "none";
  const outside = words.filter(
    (token) => sentence.quotationOf[token] === undefined && !LINKING_WORDS.test(sentence.tokens[token].lower),
  );
  return outside.length === 0 && quotations.size === 1 ? "quoted" : "partly";
}
