// Stage: who each finding's source is. A name is its entity; a title with a name beside it is that person
// ("the group's president, Mike Shields"); a pronoun is the latest fitting person or group; "the campaign"
// is the latest organisation of that kind; "a source", "officials" are unnamed speakers of the article.
import { EntityType, OrganizationKind } from "../../graph/model";
import { CONFIDENCE } from "../marks";
import { DOCUMENT_NOUNS } from "../lexicon/cue-nouns";
import {
  FIRST_PERSON_PRONOUNS,
  GROUP_PRONOUNS,
  PERSON_PRONOUNS,
  PRONOUN_GENDERS,
  RELATIVE_WORDS,
  SECOND_PERSON_PRONOUNS,
  THING_PRONOUNS,
} from "../lexicon/pronouns";
import { ORGANIZATION_NOUNS, PERSON_NOUNS } from "../lexicon/source-nouns";
import { isRoleWord } from "../lexicon/titles";
import type { Finding, TokenRef } from "../rules/rule";
import { nameKey } from "../text";
import { subtree, type ArticleDocument, type Sentence } from "./document";
import { nameAt, type NameMention } from "./entities";
import type { ArticleEntity, EntityLinker } from "./linking";

export interface ResolvedSpeaker {
  entity: ArticleEntity;
  confidence: number;
  /** The words of the source phrase (the evidence of a role it states). */
  phrase: { sentence: number; tokens: number[] };
}

/** Relations inside a source phrase that may hold its name: "Mike Shields, the group's president", "spokeswoman Haley Morris". */
const NAME_HOLDING = /^(?:appos|compound|flat|nmod|nmod:poss)$/;
/** Relations that leave the phrase: a relative clause, a clause, a conjunct, the preposition before it ("in a poll"). */
const PHRASE_BOUNDARY = /^(?:acl|acl:relcl|advcl|ccomp|conj|cc|punct|parataxis|dep|case)$/;
/** How far back a pronoun looks for its person, in sentences. */
const PRONOUN_REACH = 6;

interface Discourse {
  /** Speakers so far, in order, with the sentence they spoke in. */
  speakers: { entity: ArticleEntity; sentence: number }[];
}

function phraseTokens(sentence: Sentence, head: number): number[] {
  const skip = new Set(
    sentence.dependents[head].filter((dependent) => PHRASE_BOUNDARY.test(sentence.relations[dependent])),
  );
  return subtree(sentence, head, skip);
}

/** The name inside a source phrase that names its head: the head itself, an apposition, a compound. */
function nameInPhrase(
  names: readonly NameMention[],
  sentenceIndex: number,
  sentence: Sentence,
  head: number,
): NameMention | undefined {
  const own = nameAt(names, sentenceIndex, head);
  if (own !== undefined) return own;
  // "Gov. Mary Fallin (R-OK) said" often parses with the party label as the subject and the name hung on it.
  for (const dependent of sentence.dependents[head]) {
    if (!/^(?:appos|compound|flat|dep)$/.test(sentence.relations[dependent])) continue;
    const name = nameAt(names, sentenceIndex, dependent);
    if (name !== undefined && (name.type === EntityType.Person || sentence.relations[dependent] === "appos"))
      return name;
  }
  return undefined;
}

/** "Clinton's campaign", "Pentagon officials", "a spokesman for the campaign": the named body a descriptor belongs to. */
function ownerInPhrase(
  names: readonly NameMention[],
  sentenceIndex: number,
  sentence: Sentence,
  head: number,
): NameMention | undefined {
  for (const dependent of sentence.dependents[head]) {
    if (!NAME_HOLDING.test(sentence.relations[dependent])) continue;
    const name = nameAt(names, sentenceIndex, dependent);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The noun a relative word right after it stands for: "Clinton, who …", "officials who …". */
function antecedentOf(sentence: Sentence, relative: number): number | undefined {
  let before = relative - 1;
  if (sentence.tokens[before]?.text === ",") before--;
  const word = sentence.tokens[before];
  return word !== undefined && /^NN/.test(word.pos) ? before : undefined;
}

function labelOf(document: ArticleDocument, sentence: Sentence, tokens: readonly number[]): string {
  const words = tokens
    .map((token) => sentence.tokens[token])
    .filter((token) => /[\p{L}\p{N}]/u.test(token.text))
    .slice(0, 7);
  if (words.length === 0) return "";
  return document.text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, " ");
}

/** A turn of a question-and-answer interview: "Q: …" and "A: …" paragraphs, and those that go on from them. */
type InterviewTurn = "question" | "answer";

/**
 * The turn of each paragraph of an article printed as questions and answers ("Q: You've said … / A: It's a
 * big mistake. …"): a paragraph without a label goes on with the turn before it. None unless the article
 * has both a question and an answer.
 */
function interviewTurns(document: ArticleDocument): Map<number, InterviewTurn> {
  const turns = new Map<number, InterviewTurn>();
  const seen = new Set<InterviewTurn>();
  let turn: InterviewTurn | undefined;
  for (const sentence of document.sentences) {
    if (sentence.headline || sentence.boilerplate) continue;
    const [label, colon] = sentence.tokens;
    if (colon?.text === ":" && (label.text === "Q" || label.text === "A")) {
      turn = label.text === "Q" ? "question" : "answer";
      seen.add(turn);
    }
    if (turn !== undefined && !turns.has(sentence.paragraph)) turns.set(sentence.paragraph, turn);
  }
  return seen.size === 2 ? turns : new Map();
}

export class SpeakerResolver {
  private readonly discourse: Discourse = { speakers: [] };
  private readonly turns: Map<number, InterviewTurn>;

  constructor(
    private readonly document: ArticleDocument,
    private readonly names: readonly NameMention[],
    private readonly linker: EntityLinker,
  ) {
    this.turns = interviewTurns(document);
  }

  resolve(finding: Finding): ResolvedSpeaker | undefined {
    const speaker =
      finding.source.kind === "previous-quotation"
        ? this.previousSpeaker(finding.sentences.first)
        : this.fromPhrase(finding.source.head);
    if (speaker !== undefined)
      this.discourse.speakers.push({ entity: speaker.entity, sentence: finding.sentences.first });
    return speaker;
  }

  private previousSpeaker(sentence: number): ResolvedSpeaker | undefined {
    const last = this.discourse.speakers[this.discourse.speakers.length - 1];
    if (last === undefined || sentence - last.sentence > PRONOUN_REACH) return undefined;
    return { entity: last.entity, confidence: CONFIDENCE.inheritedQuote, phrase: { sentence, tokens: [] } };
  }

  private fromPhrase(head: TokenRef): ResolvedSpeaker | undefined {
    const sentence = this.document.sentences[head.sentence];
    const token = sentence.tokens[head.token];
    const tokens = phraseTokens(sentence, head.token);
    const phrase = { sentence: head.sentence, tokens };
    const resolved = (entity: ArticleEntity | undefined, confidence: number) =>
      entity !== undefined ? { entity, confidence, phrase } : undefined;

    const name = nameInPhrase(this.names, head.sentence, sentence, head.token);
    if (name !== undefined) {
      const entity = this.linker.entityOf(name);
      if (entity === undefined) return undefined;
      if (entity.type === EntityType.Place)
        return resolved(this.linker.governmentOf(entity.name) ?? entity, CONFIDENCE.linkedSpeaker);
      const multiword = name.tokenEnd - name.tokenStart > 1;
      return resolved(entity, multiword ? CONFIDENCE.namedSpeaker : CONFIDENCE.linkedSpeaker);
    }
    const lower = token.lower;
    // "Clinton, who was speaking to the mayors, told them …" when the parse left "who" as the subject.
    if (RELATIVE_WORDS.has(lower)) {
      const antecedent = antecedentOf(sentence, head.token);
      return antecedent === undefined ? undefined : this.fromPhrase({ ...head, token: antecedent });
    }
    // In an interview's answers "I" is the one interviewed, and so is "you" in its questions.
    const turn = this.turns.get(sentence.paragraph);
    if (
      (turn === "answer" && FIRST_PERSON_PRONOUNS.has(lower)) ||
      (turn === "question" && SECOND_PERSON_PRONOUNS.has(lower))
    )
      return resolved(this.interviewee(), CONFIDENCE.pronounSpeaker);
    // Elsewhere "I" or "we" outside quotation marks is the writer (a column, an editorial, a first-person
    // report): a guess, left for review.
    if (FIRST_PERSON_PRONOUNS.has(lower))
      return resolved(this.linker.unnamed("the writer", EntityType.Person), CONFIDENCE.guessedSpeaker);
    if (token.pos.startsWith("PRP")) {
      const entity = this.pronoun(lower, head);
      if (entity === undefined && GROUP_PRONOUNS.has(lower)) return this.pluralSubjectBefore(head);
      return resolved(entity, CONFIDENCE.pronounSpeaker);
    }
    if (token.pos === "NNP" || token.pos === "NNPS") {
      const government = this.linker.governmentOf(token.text);
      if (government !== undefined) return resolved(government, CONFIDENCE.linkedSpeaker);
    }
    return this.descriptor(sentence, head, tokens);
  }

  /** The one an interview is with: the person its headline names, or else the first its text names. */
  private interviewee(): ArticleEntity | undefined {
    const people = this.names
      .filter((name) => name.type === EntityType.Person)
      .map((name) => ({ name, entity: this.linker.entityOf(name) }))
      .filter(({ entity }) => entity !== undefined && !entity.anonymous);
    const named = people.find(({ name }) => name.headline) ?? people.find(({ name }) => !name.headline);
    return named?.entity;
  }

  /** he/she: the latest person speaking or named; they: the latest group; it: the latest organisation. */
  private pronoun(lower: string, head: TokenRef): ArticleEntity | undefined {
    const wanted = (entity: ArticleEntity) =>
      PERSON_PRONOUNS.has(lower)
        ? entity.type === EntityType.Person && !entity.anonymous
        : GROUP_PRONOUNS.has(lower) || THING_PRONOUNS.has(lower)
          ? entity.type === EntityType.Organization
          : false;
    const headOffset = this.document.sentences[head.sentence].tokens[head.token].start;
    // The latest fitting name before the pronoun, unless a speaker of the same kind spoke more recently.
    const mention = [...this.names]
      .filter(
        (candidate) =>
          candidate.start < headOffset &&
          !candidate.headline &&
          !candidate.quoted &&
          head.sentence - candidate.sentence <= PRONOUN_REACH,
      )
      .reverse()
      .map((candidate) => ({ candidate, entity: this.linker.entityOf(candidate) }))
      .find(({ entity }) => entity !== undefined && wanted(entity));
    const speaker = [...this.discourse.speakers]
      .reverse()
      .find(({ entity, sentence }) => wanted(entity) && head.sentence - sentence <= PRONOUN_REACH);
    // A subject named in the same sentence or the one before outranks an older speaker.
    const entity =
      mention === undefined || (speaker !== undefined && mention.candidate.sentence < speaker.sentence)
        ? speaker?.entity
        : mention.entity;
    const gender = PRONOUN_GENDERS.get(lower);
    return entity !== undefined && gender !== undefined ? this.linker.ofGender(entity, gender) : entity;
  }

  /**
   * "Many economists doubt the plan. They argue that …": with no group named before, "they" stands for the
   * plural noun that was the subject of the same sentence or the one before — an unnamed group.
   */
  private pluralSubjectBefore(head: TokenRef): ResolvedSpeaker | undefined {
    for (let index = head.sentence; index >= Math.max(0, head.sentence - 1); index--) {
      const sentence = this.document.sentences[index];
      const subjects = sentence.tokens
        .map((_, token) => token)
        .filter(
          (token) =>
            (index < head.sentence || token < head.token) &&
            /^nsubj/.test(sentence.relations[token]) &&
            /^NNP?S$/.test(sentence.tokens[token].pos) &&
            sentence.quotationOf[token] === undefined,
        );
      const subject = subjects[subjects.length - 1];
      if (subject !== undefined)
        return this.descriptor(
          sentence,
          { sentence: index, token: subject },
          phraseTokens(sentence, subject),
        );
    }
    return undefined;
  }

  /** "the campaign", "a senior official", "Pentagon officials", "an analysis by The Post", "Six in 10". */
  private descriptor(sentence: Sentence, head: TokenRef, tokens: number[]): ResolvedSpeaker | undefined {
    const token = sentence.tokens[head.token];
    const phrase = { sentence: head.sentence, tokens };
    const lemma = token.lemma.toLowerCase();
    const owner = ownerInPhrase(this.names, head.sentence, sentence, head.token);
    const ownerEntity = owner !== undefined ? this.linker.entityOf(owner) : undefined;
    // "an analysis by The Post", "a study from Harvard": the document speaks for whoever made it.
    if (DOCUMENT_NOUNS.has(lemma) && ownerEntity !== undefined && ownerEntity.type !== EntityType.Place)
      return { entity: ownerEntity, confidence: CONFIDENCE.descriptorSpeaker, phrase };
    const label = labelOf(this.document, sentence, tokens);
    if (label === "" || token.pos.startsWith("W")) return undefined;
    if (ORGANIZATION_NOUNS.has(lemma) && !token.pos.endsWith("S")) {
      if (ownerEntity !== undefined && ownerEntity.type === EntityType.Organization)
        return { entity: ownerEntity, confidence: CONFIDENCE.descriptorSpeaker, phrase };
      const earlier = this.latestOrganization(head, lemma);
      if (earlier !== undefined && /^(?:the|its|their)$/i.test(sentence.tokens[tokens[0]].text))
        return { entity: earlier, confidence: CONFIDENCE.descriptorSpeaker, phrase };
      const kind = ORGANIZATION_NOUNS.get(lemma) ?? OrganizationKind.GROUP;
      return {
        entity: this.linker.unnamed(label, EntityType.Organization, kind),
        confidence: CONFIDENCE.unnamedSpeaker,
        phrase,
      };
    }
    const plural =
      token.pos === "NNS" ||
      token.pos === "CD" ||
      /^(?:percent|majority|half|third|quarter|most|many|some|all|few|those|others|several|both|neither|another)$/.test(
        token.lower,
      );
    if (plural)
      return {
        entity: this.linker.unnamed(label, EntityType.Organization, OrganizationKind.GROUP),
        confidence: CONFIDENCE.unnamedSpeaker,
        phrase,
      };
    if (PERSON_NOUNS.has(lemma) || isRoleWord(token))
      return {
        entity: this.linker.unnamed(label, EntityType.Person),
        confidence: CONFIDENCE.unnamedSpeaker,
        phrase,
      };
    if (token.pos.startsWith("NN"))
      return {
        entity: this.linker.unnamed(label, EntityType.Organization, OrganizationKind.GROUP),
        confidence: CONFIDENCE.unnamedSpeaker,
        phrase,
      };
    return undefined;
  }

  /** The organisation most recently named or speaking whose name holds the noun ("the campaign" → "Clinton campaign"), else of the same kind. */
  private latestOrganization(head: TokenRef, noun: string): ArticleEntity | undefined {
    const offset = this.document.sentences[head.sentence].tokens[head.token].start;
    const organizations = [...this.names]
      .filter((mention) => mention.start < offset && !mention.quoted)
      .reverse()
      .map((mention) => this.linker.entityOf(mention))
      .filter((entity): entity is ArticleEntity => entity?.type === EntityType.Organization);
    const kind = ORGANIZATION_NOUNS.get(noun);
    return (
      organizations.find((entity) => nameKey(entity.name).split(/\s+/).includes(noun)) ??
      organizations.find((entity) => kind !== undefined && entity.kind === kind)
    );
  }
}
