// Events and locations stated in one sentence: strikes ("X struck Y in Z", "drones attacked Y", "Y was hit
// by X", "X launched drones at Y", "unknown forces shelled Y") and LOCATED_IN ("Y in Z", "the village of Y
// near Z", "Z's Y"). Ends stay mentions here; a strike may name no attacker (extract.ts looks for one).
import { EntityType, OrganizationKind } from "../graph/model";
import { CONFIDENCE } from "./marks";
import type { Mention } from "./mention";
import { baseMention } from "./mention-builders";
import { FUNCTION_TAGS, hasAnyTag, type SentenceContext } from "./name-chunks";
import { PLACE_CLASS_NOUNS } from "./name-words";
import type { Span } from "./text";
import type { Token } from "./tokens";

export interface StrikeFinding {
  /** Empty when the sentence names no attacker ("The plant was shelled overnight"). */
  attackers: Mention[];
  targets: Mention[];
  /** "drones", "missiles": what the strike used, as written. */
  means?: string;
  /** What came of it: "intercepted". */
  outcome?: string;
  evidence: Span;
  confidence: number;
}

export interface LocationFinding {
  inner: Mention;
  outer: Mention;
  /** "near": the inner place lies close to the outer one, not inside it. */
  near: boolean;
  evidence: Span;
  confidence: number;
}

const STRIKE_VERBS = new Set([
  "struck",
  "strike",
  "strikes",
  "hit",
  "hits",
  "attacked",
  "attack",
  "attacks",
  "targeted",
  "target",
  "targets",
  "shelled",
  "shell",
  "shells",
  "bombed",
  "bomb",
  "bombs",
  "pounded",
  "raided",
  "destroyed",
  "damaged",
]);
const STRIKE_PHRASES = [
  ["blew", "up"],
  ["blow", "up"],
  ["blows", "up"],
  ["opened", "fire", "on"],
  ["fired", "on"],
  ["fired", "at"],
];
/** "launched 40 drones at Y", "fired missiles against Y": the target follows a preposition. */
const LAUNCH_VERBS = new Set(["launched", "launch", "launches", "launching", "fired", "fires", "fire"]);
const LAUNCH_PREPOSITIONS = new Set(["at", "against", "toward", "towards", "on"]);
/** Who attacks when no name does: "unknown forces", "gunmen", "militants". */
const ATTACKER_NOUNS = new Set([
  "forces",
  "troops",
  "soldiers",
  "gunmen",
  "militants",
  "rebels",
  "fighters",
  "attackers",
  "insurgents",
  "assailants",
]);
const MEANS_NOUNS = new Set([
  "drone",
  "drones",
  "missile",
  "missiles",
  "rocket",
  "rockets",
  "artillery",
  "bombs",
  "shells",
  "aircraft",
  "jets",
  "warplanes",
  "shelling",
  "airstrikes",
  "airstrike",
  "bombers",
]);
const BE_FORMS = new Set(["is", "was", "were", "are", "been", "be", "being"]);
const LOCATIVES = new Set(["in", "near", "at", "of", "outside", "around", "from"]);
const OBJECT_BREAKS = new Set([
  "to",
  "after",
  "before",
  "while",
  "because",
  "since",
  "despite",
  "amid",
  "following",
  "which",
  "who",
  "that",
]);
const STRIKE_ADVERBS = new Set(["also", "reportedly", "again", "previously", "later", "then", "allegedly"]);

function topLevel(mentions: readonly Mention[]): Mention[] {
  const names = mentions.filter((mention) => mention.kind === "name");
  return names.filter(
    (mention) =>
      !names.some(
        (other) =>
          other !== mention &&
          other.start <= mention.start &&
          mention.end <= other.end &&
          other.end - other.start > mention.end - mention.start,
      ),
  );
}

function strikeVerbLength(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (token === undefined || token.punctuation) return 0;
  if (STRIKE_PHRASES.some((words) => words.every((word, offset) => tokens[index + offset]?.lower === word)))
    return 2;
  return STRIKE_VERBS.has(token.lower) ? 1 : 0;
}

function isNounUse(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.lower ?? "";
  return [
    "the",
    "a",
    "an",
    "drone",
    "missile",
    "this",
    "that",
    "its",
    "their",
    "of",
    "overnight",
    "massive",
  ].includes(previous);
}

function clauseBounds(tokens: readonly Token[], verbIndex: number): { first: number; last: number } {
  let first = verbIndex;
  while (first > 0 && ![",", ";"].includes(tokens[first - 1].text) && tokens[first - 1].lower !== "that")
    first--;
  // The object ends where a new clause or purpose starts: "… to prevent Russia from …".
  let last = verbIndex;
  while (
    last + 1 < tokens.length &&
    ![",", ";"].includes(tokens[last + 1].text) &&
    !OBJECT_BREAKS.has(tokens[last + 1].lower)
  ) {
    last++;
  }
  return { first, last };
}

function meansIn(context: SentenceContext, first: number, last: number): string | undefined {
  for (let index = first; index <= last; index++) {
    const token = context.tokens[index];
    if (MEANS_NOUNS.has(token.lower)) return token.lower.endsWith("s") ? token.lower : `${token.lower}s`;
  }
  return undefined;
}

/** "the village of Drevna": the name after "of" is the place the class noun introduces, not a locative. */
function isLocativeBefore(
  tokens: readonly Token[],
  mention: Mention,
  extra: ReadonlySet<string> = new Set(),
): boolean {
  const locative = (word: string) => LOCATIVES.has(word) && !extra.has(word);
  let before = mention.firstToken - 1;
  // "in Karsland’s Brask region": what stands before the possessive country decides.
  while (tokens[before]?.possessive === true && tokens[before]?.capitalized === true) {
    before--;
    while (tokens[before]?.capitalized === true && tokens[before]?.possessive === false) before--;
  }
  // "the village of Drevna" is where "the village" stands: shelled, or "in the village of …".
  if (tokens[before]?.lower === "of" && PLACE_CLASS_NOUNS.has(tokens[before - 1]?.lower ?? "")) before -= 2;
  const previous = tokens[before]?.lower ?? "";
  const previousTwo = tokens[before - 1]?.lower ?? "";
  return locative(previous) || (previous === "the" && locative(previousTwo));
}

/** "Unknown forces shelled …", "gunmen attacked …": an unnamed group the clause makes the attacker. */
function unnamedAttacker(context: SentenceContext, first: number, verbIndex: number): Mention | undefined {
  const { tokens } = context;
  let head = verbIndex - 1;
  while (head >= first && STRIKE_ADVERBS.has(tokens[head].lower)) head--;
  const noun = tokens[head];
  if (noun === undefined || head < first || !ATTACKER_NOUNS.has(noun.lower) || noun.quotation !== undefined)
    return undefined;
  let start = head;
  while (start - 1 >= first) {
    const before = tokens[start - 1];
    const plain = !before.punctuation && (!before.capitalized || before.sentenceInitial);
    if (!plain || hasAnyTag(before, FUNCTION_TAGS) || head - start >= 2) break;
    start--;
  }
  // "Karslandic forces", "the Coastal Guard's troops": a named attacker is the names' business.
  if (start === head && tokens[head - 1]?.capitalized && !tokens[head - 1]?.sentenceInitial) return undefined;
  const name = context.text.slice(tokens[start].start, noun.end).toLowerCase();
  const group = baseMention(context, start, head, {
    type: EntityType.Organization,
    entityKind: OrganizationKind.GROUP,
    name,
    core: name,
    anonymous: true,
    articleScoped: true,
    confidence: CONFIDENCE.entityByShape,
  });
  group.aliases = [group.surface];
  return group;
}

/** Strikes stated in the sentence, active ("X struck Y") or passive ("Y was hit by X"), named attacker or not. */
export function findStrikes(context: SentenceContext, mentions: readonly Mention[]): StrikeFinding[] {
  const { tokens, sentence } = context;
  const names = topLevel(mentions);
  const findings: StrikeFinding[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const length = strikeVerbLength(tokens, index);
    if (length === 0 || isNounUse(tokens, index)) continue;
    const { first, last } = clauseBounds(tokens, index);
    let before = index - 1;
    while (before >= first && STRIKE_ADVERBS.has(tokens[before].lower)) before--;
    const passive = before >= first && BE_FORMS.has(tokens[before].lower);
    const quoted = tokens[index].quotation !== undefined;
    const confidence = quoted ? CONFIDENCE.statedRelationship - 0.1 : CONFIDENCE.statedRelationship;
    const means = meansIn(context, first, last);
    if (passive) {
      const byIndex = tokens.findIndex(
        (token, position) => position > index && position <= last && token.lower === "by",
      );
      const attacker =
        byIndex > 0
          ? names.find((mention) => mention.firstToken === byIndex + 1 || mention.firstToken === byIndex + 2)
          : undefined;
      const target = names
        .filter((mention) => mention.lastToken < before && mention.firstToken >= first)
        .pop();
      if (target !== undefined) {
        findings.push({
          attackers: attacker !== undefined ? [attacker] : [],
          targets: [target],
          means,
          evidence: sentence,
          confidence,
        });
      }
      continue;
    }
    const named = names.filter(
      (mention) =>
        mention.firstToken >= first && mention.lastToken < index && !isLocativeBefore(tokens, mention),
    );
    const unnamed = named.length === 0 ? unnamedAttacker(context, first, index) : undefined;
    const targets = names.filter(
      (mention) =>
        mention.firstToken > index + length - 1 &&
        mention.lastToken <= last &&
        !isLocativeBefore(tokens, mention),
    );
    if (targets.length === 0) continue;
    const attackers = unnamed !== undefined ? [unnamed] : named;
    findings.push({ attackers, targets, means, evidence: sentence, confidence });
    index += length - 1;
  }
  return findings;
}

/** "Karsland launched 38 drones at Tarnow Oblast and Sova Oblast": strikes on each target named after "at". */
export function findLaunches(context: SentenceContext, mentions: readonly Mention[]): StrikeFinding[] {
  const { tokens, sentence } = context;
  const names = topLevel(mentions);
  const findings: StrikeFinding[] = [];
  tokens.forEach((token, index) => {
    if (!LAUNCH_VERBS.has(token.lower) || isNounUse(tokens, index) || token.quotation !== undefined) return;
    const { first, last } = clauseBounds(tokens, index);
    const at = tokens.findIndex(
      (word, position) => position > index && position <= last && LAUNCH_PREPOSITIONS.has(word.lower),
    );
    if (at < 0) return;
    const targets = names.filter(
      (mention) =>
        mention.firstToken > at &&
        mention.lastToken <= last &&
        (mention.type === undefined ||
          mention.type === EntityType.Place ||
          mention.type === EntityType.Facility) &&
        !isLocativeBefore(tokens, mention, LAUNCH_PREPOSITIONS),
    );
    if (targets.length === 0) return;
    const attackers = names.filter(
      (mention) =>
        mention.firstToken >= first && mention.lastToken < index && !isLocativeBefore(tokens, mention),
    );
    // "31 of 38 drones that Karsland launched at …": the weapons may stand before the relative clause.
    const means = meansIn(context, Math.max(0, first - 6), at);
    findings.push({
      attackers,
      targets,
      means,
      evidence: sentence,
      confidence: CONFIDENCE.statedRelationship,
    });
  });
  return findings;
}

const INTERCEPTING = new Set(["intercepted", "intercepting", "intercept", "intercepts", "downed", "downing"]);

/** "intercepted 121 Ukrainian drones, including 37 in Bryansk Oblast": strikes on each place, intercepted. */
export function findInterceptions(context: SentenceContext, mentions: readonly Mention[]): StrikeFinding[] {
  const { tokens, sentence } = context;
  const names = topLevel(mentions);
  const findings: StrikeFinding[] = [];
  tokens.forEach((token, index) => {
    const shotDown =
      (token.lower === "shot" || token.lower === "shooting") && tokens[index + 1]?.lower === "down";
    if (!INTERCEPTING.has(token.lower) && !shotDown) return;
    const attacker = mentions.find(
      (mention) =>
        mention.type === EntityType.Place &&
        mention.firstToken > index &&
        mention.firstToken <= index + 6 &&
        MEANS_NOUNS.has(tokens[mention.lastToken + 1]?.lower ?? ""),
    );
    if (attacker === undefined) return;
    // Places after "in"/"over" once the weapons are named: "…, 37 in Bryansk Oblast, and 17 in the Kursk and Saratov oblasts".
    const located = (mention: Mention) =>
      tokens
        .slice(attacker.lastToken + 1, mention.firstToken)
        .some((word) => word.lower === "in" || word.lower === "over");
    const targets = names.filter(
      (mention) =>
        mention.firstToken > attacker.lastToken && mention.type === EntityType.Place && located(mention),
    );
    if (targets.length === 0) return;
    findings.push({
      attackers: [attacker],
      targets,
      means: tokens[attacker.lastToken + 1].lower,
      outcome: "intercepted",
      evidence: sentence,
      confidence: CONFIDENCE.inferredRelationship + 0.1,
    });
  });
  return findings;
}

/** Where things are: "Y in Z", "the town of Y in Z", "Z's Y", and "Y near Z" (weaker). */
export function findLocations(context: SentenceContext, mentions: readonly Mention[]): LocationFinding[] {
  const { tokens } = context;
  const names = topLevel(mentions);
  const findings: LocationFinding[] = [];
  for (const inner of names) {
    if (inner.type === EntityType.Person) continue;
    let index = inner.lastToken + 1;
    // "the No. 3 mine's shaft in …": one noun after a possessive still belongs to the thing located.
    if (inner.possessive && tokens[index] !== undefined && !tokens[index].capitalized) index++;
    const preposition = tokens[index]?.lower;
    if (preposition !== "in" && preposition !== "near") continue;
    let outerStart = index + 1;
    if (tokens[outerStart]?.lower === "the") outerStart++;
    const candidates = mentions.filter(
      (mention) => mention.kind === "name" && mention.firstToken === outerStart,
    );
    let outer = candidates.sort((a, b) => b.end - a.end)[0];
    // "in Russia's Bryansk": the place after the possessive country.
    if (outer?.possessive) {
      outer =
        mentions.find((mention) => mention.kind === "name" && mention.firstToken === outer!.lastToken + 1) ??
        outer;
    }
    if (outer === undefined || (outer.type !== undefined && outer.type !== EntityType.Place)) continue;
    const near = preposition === "near";
    findings.push({
      inner,
      outer,
      near,
      evidence: { start: inner.start, end: outer.end },
      confidence: near ? CONFIDENCE.inferredRelationship - 0.15 : CONFIDENCE.statedRelationship,
    });
  }
  return findings;
}
