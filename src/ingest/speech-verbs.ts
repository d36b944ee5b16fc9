// The speech and attribution verbs, each with the kind of statement it reports. One readable table of
// lemmas; every inflected form (said, says, saying, …) is generated from it, irregular forms listed.
import { StatementKind } from "../graph/model";

export type VerbForm = "base" | "present" | "past" | "gerund";

export interface SpeechVerb {
  lemma: string;
  kind: StatementKind;
  /** Takes a reported clause ("said the plant was hit"); otherwise only an object ("rejected the demand"). */
  takesClause: boolean;
}

export interface SpeechVerbMatch {
  verb: SpeechVerb;
  form: VerbForm;
  /** How many words the form spans ("point out" is two). */
  length: number;
}

interface LemmaEntry {
  lemma: string;
  kind: StatementKind;
  takesClause: boolean;
  /** Irregular or consonant-doubling forms: [present, past, gerund]. */
  forms?: [string, string, string];
}

const { PARAPHRASE, CLAIM, REPORT, CONFIRMATION, DECISION, ANNOUNCEMENT, ESTIMATE, REBUTTAL, QUESTION } =
  StatementKind;

const clause = (lemma: string, kind: StatementKind, forms?: [string, string, string]): LemmaEntry => ({
  lemma,
  kind,
  takesClause: true,
  forms,
});
const object = (lemma: string, kind: StatementKind, forms?: [string, string, string]): LemmaEntry => ({
  lemma,
  kind,
  takesClause: false,
  forms,
});

const LEMMAS: readonly LemmaEntry[] = [
  // Saying and telling.
  clause("say", PARAPHRASE, ["says", "said", "saying"]),
  clause("tell", PARAPHRASE, ["tells", "told", "telling"]),
  clause("add", PARAPHRASE),
  clause("state", PARAPHRASE),
  clause("note", PARAPHRASE),
  clause("stress", PARAPHRASE, ["stresses", "stressed", "stressing"]),
  clause("emphasize", PARAPHRASE),
  clause("emphasise", PARAPHRASE),
  clause("underline", PARAPHRASE),
  clause("underscore", PARAPHRASE),
  clause("highlight", PARAPHRASE),
  clause("explain", PARAPHRASE),
  clause("comment", PARAPHRASE),
  clause("remark", PARAPHRASE),
  clause("mention", PARAPHRASE),
  clause("observe", PARAPHRASE),
  clause("point out", PARAPHRASE),
  clause("recall", PARAPHRASE),
  clause("reiterate", PARAPHRASE),
  clause("repeat", PARAPHRASE),
  clause("indicate", PARAPHRASE),
  clause("suggest", PARAPHRASE),
  clause("signal", PARAPHRASE, ["signals", "signaled", "signaling"]),
  clause("hint", PARAPHRASE),
  clause("respond", PARAPHRASE),
  clause("reply", PARAPHRASE, ["replies", "replied", "replying"]),
  clause("answer", PARAPHRASE),
  clause("retort", PARAPHRASE),
  clause("acknowledge", PARAPHRASE),
  clause("admit", PARAPHRASE, ["admits", "admitted", "admitting"]),
  clause("concede", PARAPHRASE),
  clause("agree", PARAPHRASE, ["agrees", "agreed", "agreeing"]),
  clause("argue", PARAPHRASE),
  clause("complain", PARAPHRASE),
  clause("lament", PARAPHRASE),
  clause("warn", PARAPHRASE),
  clause("caution", PARAPHRASE),
  clause("threaten", PARAPHRASE),
  clause("urge", PARAPHRASE),
  clause("write", PARAPHRASE, ["writes", "wrote", "writing"]),
  clause("post", PARAPHRASE),
  clause("tweet", PARAPHRASE),
  clause("speak", PARAPHRASE, ["speaks", "spoke", "speaking"]),
  clause("echo", PARAPHRASE, ["echoes", "echoed", "echoing"]),
  clause("clarify", PARAPHRASE, ["clarifies", "clarified", "clarifying"]),
  clause("recount", PARAPHRASE),
  clause("describe", PARAPHRASE),
  clause("predict", ESTIMATE),
  clause("expect", ESTIMATE),
  clause("believe", PARAPHRASE),
  clause("assure", PARAPHRASE),
  clause("inform", PARAPHRASE),
  clause("brief", PARAPHRASE),
  object("express", PARAPHRASE, ["expresses", "expressed", "expressing"]),
  object("voice", PARAPHRASE),
  object("praise", PARAPHRASE),
  object("welcome", PARAPHRASE),
  object("criticize", PARAPHRASE),
  object("criticise", PARAPHRASE),
  object("condemn", PARAPHRASE),
  object("slam", PARAPHRASE, ["slams", "slammed", "slamming"]),
  object("blast", PARAPHRASE),
  object("lash out", PARAPHRASE, ["lashes out", "lashed out", "lashing out"]),
  object("call", PARAPHRASE),
  object("thank", PARAPHRASE),
  // Claims.
  clause("claim", CLAIM),
  clause("allege", CLAIM),
  clause("insist", CLAIM),
  clause("maintain", CLAIM),
  clause("assert", CLAIM),
  clause("contend", CLAIM),
  clause("boast", CLAIM),
  clause("imply", CLAIM, ["implies", "implied", "implying"]),
  clause("purport", CLAIM),
  object("accuse", CLAIM),
  object("blame", CLAIM),
  // Reports.
  clause("report", REPORT),
  clause("reveal", REPORT),
  clause("publish", REPORT, ["publishes", "published", "publishing"]),
  clause("disclose", REPORT),
  clause("find", REPORT, ["finds", "found", "finding"]),
  clause("read", REPORT, ["reads", "read", "reading"]),
  clause("understand", REPORT, ["understands", "understood", "understanding"]),
  // Confirmations, announcements, estimates.
  clause("confirm", CONFIRMATION),
  clause("verify", CONFIRMATION, ["verifies", "verified", "verifying"]),
  clause("corroborate", CONFIRMATION),
  clause("announce", ANNOUNCEMENT),
  clause("declare", ANNOUNCEMENT),
  clause("proclaim", ANNOUNCEMENT),
  object("unveil", ANNOUNCEMENT),
  clause("estimate", ESTIMATE),
  clause("calculate", ESTIMATE),
  clause("forecast", ESTIMATE, ["forecasts", "forecast", "forecasting"]),
  clause("project", ESTIMATE),
  // Rebuttals.
  clause("deny", REBUTTAL, ["denies", "denied", "denying"]),
  object("reject", REBUTTAL),
  object("dismiss", REBUTTAL, ["dismisses", "dismissed", "dismissing"]),
  clause("dispute", REBUTTAL),
  clause("refute", REBUTTAL),
  object("rebut", REBUTTAL, ["rebuts", "rebutted", "rebutting"]),
  clause("contradict", REBUTTAL),
  clause("counter", REBUTTAL),
  object("debunk", REBUTTAL),
  object("disavow", REBUTTAL),
  object("hit back", REBUTTAL, ["hits back", "hit back", "hitting back"]),
  object("push back", REBUTTAL, ["pushes back", "pushed back", "pushing back"]),
  object("brush off", REBUTTAL, ["brushes off", "brushed off", "brushing off"]),
  // Decisions and pledges.
  clause("pledge", DECISION),
  clause("vow", DECISION),
  clause("promise", DECISION),
  clause("decide", DECISION),
  clause("order", DECISION),
  clause("decree", DECISION, ["decrees", "decreed", "decreeing"]),
  clause("rule", DECISION),
  clause("resolve", DECISION),
  object("approve", DECISION),
  clause("commit", DECISION, ["commits", "committed", "committing"]),
  // Questions.
  clause("ask", QUESTION),
  clause("question", QUESTION),
  clause("wonder", QUESTION),
  clause("inquire", QUESTION),
];

function regularForms(lemma: string): [string, string, string] {
  const present = /(s|sh|ch|x|z|o)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const past = lemma.endsWith("e")
    ? `${lemma}d`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : `${lemma}ed`;
  const gerund = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [present, past, gerund];
}

/** Every form of every speech verb, keyed by the words of the form. */
const FORMS = new Map<string, SpeechVerbMatch>();
for (const entry of LEMMAS) {
  const verb: SpeechVerb = { lemma: entry.lemma, kind: entry.kind, takesClause: entry.takesClause };
  // Particle verbs inflect their first word: "point out" → "pointed out".
  const [head, ...particle] = entry.lemma.split(" ");
  const [present, past, gerund] = entry.forms ?? regularForms(head);
  const withParticle = (form: string) => (entry.forms !== undefined ? form : [form, ...particle].join(" "));
  const forms: [string, VerbForm][] = [
    [entry.lemma, "base"],
    [withParticle(present), "present"],
    [withParticle(past), "past"],
    [withParticle(gerund), "gerund"],
  ];
  for (const [words, form] of forms) {
    if (!FORMS.has(words)) FORMS.set(words, { verb, form, length: words.split(" ").length });
  }
}

/** The speech verb whose form starts at `words[at]`, longest form first ("pointed out" before "pointed"). */
export function matchSpeechVerb(words: readonly string[], at: number): SpeechVerbMatch | undefined {
  for (const length of [2, 1]) {
    if (at + length > words.length) continue;
    const match = FORMS.get(words.slice(at, at + length).join(" "));
    if (match !== undefined) return match;
  }
  return undefined;
}

/** How many verb forms the lexicon knows (for the tests and the report). */
export function speechVerbFormCount(): number {
  return FORMS.size;
}
