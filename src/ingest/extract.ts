// The extractor: article text in, seed-format records out. Sentences and quotations first, then for each
// sentence its mentions (linked to entities), its attributed statements and its events, then the
// relations between statements (DISPUTES, CONFIRMS) once every statement is known.
import { createHash } from "node:crypto";
import { EntityType, OrganizationKind, PlaceKind, RelationshipType, StatementKind } from "../graph/model";
import type { RelationshipRecord, StatementRecord } from "../seed/records";
import { findAttributions, statementNounKind, type Attribution } from "./attribution";
import { findDates } from "./dates";
import { findMentions } from "./entities";
import { findInterceptions, findLaunches, findLocations, findStrikes } from "./events";
import { countryNamed, localCountries, ofCountry, type LocalCountries } from "./gazetteer";
import { CONFIDENCE, extractionMarks } from "./marks";
import { syntheticMention, type Mention } from "./mention";
import { capitalizedInMidSentence, type SentenceContext } from "./name-chunks";
import { isCommonWord, tagWords } from "./nlp";
import { findQuotations, quotationText, type Quotation } from "./quotes";
import { EntityRegistry, type ResolvedEntity } from "./registry";
import { splitSentences, type Sentence } from "./sentences";
import { unnamedSpeakerOf } from "./descriptors";
import { Discourse, type ResolvedSpeaker } from "./speakers";
import { evidenceOf, slugify, type Span } from "./text";
import { tokenize } from "./tokens";
import type { ArticleInput, ExtractedArticle, Extraction, KnownEntity } from "./types";

interface SentenceState {
  context: SentenceContext;
  mentions: Mention[];
  /** Entity id of every resolved name mention. */
  resolved: Map<Mention, ResolvedEntity>;
  section: number;
  /** Who said what in the sentence (none for headlines). */
  attributions: Attribution[];
}

interface DraftStatement {
  record: StatementRecord;
  sentence: Sentence;
  section: number;
  attribution?: Attribution;
  contentSpan: Span;
}

const HEADLINE_REPEAT_SHARE = 0.6;

/** "article/<slug-of-title>-<first 8 hex of sha256(text)>". */
export function articleIdFor(text: string, title: string): string {
  return `article/${articleSlugFor(text, title)}`;
}

function articleSlugFor(text: string, title: string): string {
  const hash = createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);
  const slug = slugify(title, 8);
  return slug.length > 0 ? `${slug}-${hash}` : hash;
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((line) => line.trim().length > 0) ?? "article").trim().replace(/:$/, "");
}

class ArticleExtraction {
  private readonly registry: EntityRegistry;
  private readonly discourse: Discourse;
  private readonly quotations: Quotation[];
  private readonly sentences: Sentence[];
  private readonly states: SentenceState[] = [];
  private readonly statements: DraftStatement[] = [];
  private readonly relationships: RelationshipRecord[] = [];
  private readonly relationshipKeys = new Set<string>();
  private readonly speakerOf = new Map<Attribution, string>();
  /** Who struck, in reading order, for strikes that name no attacker. */
  private readonly attackers: { id: string; line: number }[] = [];
  private readonly articleSlug: string;
  private readonly title: string;
  private publisherId: string | undefined;
  private countries: LocalCountries = { byName: new Map(), byDemonym: new Map() };

  constructor(
    private readonly text: string,
    private readonly meta: ArticleInput,
    known: readonly KnownEntity[],
  ) {
    this.title = meta.title ?? firstLine(text);
    this.articleSlug = articleSlugFor(text, this.title);
    this.registry = new EntityRegistry(known, this.articleSlug);
    this.discourse = new Discourse(this.registry);
    this.quotations = findQuotations(text);
    const doubles = this.quotations.filter((quote) => quote.style === "double");
    this.sentences = splitSentences(text, doubles, meta.title);
  }

  run(): Extraction {
    this.readSentences();
    this.resolvePublisher();
    // Full names first, so that a surname in a headline ("Trump criticizes …") links to the person named later.
    for (const state of this.states) this.registerFullNames(state);
    for (const state of this.states) this.resolveMentions(state);
    for (const state of this.states) if (!state.context.sentence.headline) this.extractStatements(state);
    this.headlineQuotations();
    for (const state of this.states) this.extractEvents(state);
    this.sameNamedPlaces();
    this.relateStatements();
    return {
      article: this.article(),
      entities: this.registry.records(),
      statements: this.statements.map((statement) => statement.record),
      relationships: this.relationships,
    };
  }

  // ------------------------------------------------------------------------------------------ reading

  private readSentences(): void {
    const tags = tagWords(this.text);
    const tokens = this.sentences.map((sentence) => tokenize(this.text, sentence, tags, this.quotations));
    const capitalizedWords = new Set(tokens.flatMap(capitalizedInMidSentence));
    this.countries = localCountries(capitalizedWords, isCommonWord);
    let section = 0;
    this.sentences.forEach((sentence, index) => {
      if (sentence.headline && index > 0 && !this.sentences[index - 1].headline) section++;
      const context: SentenceContext = {
        text: this.text,
        sentence,
        tokens: tokens[index],
        capitalizedWords,
        countries: this.countries,
      };
      const mentions = findMentions(context);
      const attributions = sentence.headline
        ? []
        : findAttributions({ context, mentions, quotations: this.quotations });
      for (const attribution of attributions) typeBareSpeaker(attribution);
      this.states.push({ context, mentions, resolved: new Map(), section, attributions });
    });
    this.registry.noteTypes(this.states.flatMap((state) => state.mentions));
  }

  private resolvePublisher(): void {
    if (this.meta.publisher === undefined || this.meta.publisher.trim().length === 0) return;
    const name = this.meta.publisher.trim();
    const resolved = this.registry.resolve(
      syntheticMention({
        name,
        surface: name,
        aliases: [name.replace(/^the\s+/i, "")],
        type: EntityType.Organization,
        entityKind: OrganizationKind.MEDIA_OUTLET,
        implied: false,
        confidence: 0.9,
      }),
    );
    this.publisherId = resolved?.id;
  }

  private registerFullNames(state: SentenceState): void {
    for (const mention of state.mentions) {
      const fullName =
        mention.kind === "name" && mention.type === EntityType.Person && /\s/.test(mention.name);
      if (fullName && !mention.anonymous) this.registry.resolve(mention);
    }
  }

  private resolveMentions(state: SentenceState): void {
    const { sentence } = state.context;
    for (const mention of state.mentions) {
      if (mention.kind !== "name") continue;
      const resolved = this.registry.resolve(mention);
      if (resolved === undefined) continue;
      state.resolved.set(mention, resolved);
      this.discourse.noteMention(resolved.id, sentence.index, state.section);
    }
    for (const [mention, resolved] of state.resolved) this.structuralRelationships(state, mention, resolved);
    const subject = this.subjectPerson(state);
    if (subject !== undefined) this.discourse.noteSubject(subject, sentence.index, state.section);
  }

  /** The person the sentence is about: "Governor X visited …", "Brenmouth's mayor, Pieter Duval, visited …". */
  private subjectPerson(state: SentenceState): string | undefined {
    const { tokens } = state.context;
    const firstVerb = tokens.findIndex(
      (token) => token.quotation === undefined && token.tags.has("Verb") && !token.capitalized,
    );
    const subject = [...state.resolved.entries()]
      .filter(
        ([mention, resolved]) =>
          mention.end > 0 &&
          resolved.type === EntityType.Person &&
          tokens[mention.firstToken]?.quotation === undefined &&
          (firstVerb < 0 || mention.lastToken < firstVerb),
      )
      .sort(([a], [b]) => a.start - b.start)[0];
    return subject?.[1].id;
  }

  /** Relationships a mention states by itself: "Ukraine’s X" (LOCATED_IN), titles (HOLDS_ROLE), sources (MEMBER_OF). */
  private structuralRelationships(state: SentenceState, mention: Mention, resolved: ResolvedEntity): void {
    const scopeId = mention.scope !== undefined ? this.idOf(state, mention.scope) : undefined;
    const span =
      mention.scope !== undefined && mention.scope.end > 0
        ? {
            start: Math.min(mention.start, mention.scope.start),
            end: Math.max(mention.end, mention.scope.end),
          }
        : mention;
    if (scopeId !== undefined && resolved.type !== EntityType.Person && scopeId !== resolved.id) {
      this.addRelationship(
        RelationshipType.LOCATED_IN,
        resolved.id,
        scopeId,
        span,
        CONFIDENCE.statedRelationship,
      );
    }
    if (mention.parent !== undefined) {
      const parentId = this.idOf(state, mention.parent);
      // "analysts at the Lenvik Institute": a source may work at a facility, but belongs only to a body.
      if (parentId !== undefined && this.registry.typeOf(parentId) === EntityType.Organization)
        this.addRelationship(
          RelationshipType.MEMBER_OF,
          resolved.id,
          parentId,
          mention,
          CONFIDENCE.statedRelationship,
        );
    }
    if (mention.role?.organization !== undefined && resolved.type === EntityType.Person) {
      const organizationId = this.idOf(state, mention.role.organization);
      if (organizationId !== undefined) {
        this.addRelationship(
          RelationshipType.HOLDS_ROLE,
          resolved.id,
          organizationId,
          mention.role.span,
          CONFIDENCE.statedRelationship,
          {
            title: mention.role.title,
            since: null,
            until: null,
          },
        );
      }
    }
    // A country's ministry belongs to its government.
    if (mention.entityKind === OrganizationKind.MINISTRY && mention.scope !== undefined && !mention.implied) {
      const government = this.governmentOf(mention.scope.name);
      if (government !== undefined)
        this.addRelationship(
          RelationshipType.MEMBER_OF,
          resolved.id,
          government,
          span,
          CONFIDENCE.inferredRelationship + 0.1,
        );
    }
  }

  private idOf(state: SentenceState, mention: Mention): string | undefined {
    const known = state.resolved.get(mention);
    if (known !== undefined) return known.id;
    // "a spokesperson for the authority": the body is whatever "the authority" refers back to.
    if (mention.kind === "descriptor")
      return this.discourse.resolve(mention, state.section, state.context.sentence.index)?.id;
    const resolved = this.registry.resolve(mention);
    if (resolved !== undefined) state.resolved.set(mention, resolved);
    return resolved?.id;
  }

  private governmentOf(countryName: string): string | undefined {
    const country = countryNamed(countryName, this.countries);
    if (country === undefined) return undefined;
    const scope = syntheticMention({
      name: country.name,
      type: EntityType.Place,
      entityKind: PlaceKind.COUNTRY,
    });
    return this.registry.resolve(
      syntheticMention({
        name: `Government of ${ofCountry(country.name)}`,
        core: "Government",
        type: EntityType.Organization,
        entityKind: OrganizationKind.GOVERNMENT,
        scope,
      }),
    )?.id;
  }

  // ------------------------------------------------------------------------------------------ statements

  private extractStatements(state: SentenceState): void {
    const { sentence } = state.context;
    for (const attribution of state.attributions) {
      const speaker = this.resolveSpeaker(state, attribution);
      if (speaker === undefined) continue;
      this.speakerOf.set(attribution, speaker.id);
      const via = this.resolveVia(state, attribution, speaker.id);
      const record = this.statementRecord(state, attribution, speaker, via);
      if (record === undefined) continue;
      this.statements.push({
        record,
        sentence,
        section: state.section,
        attribution,
        contentSpan: attribution.content,
      });
      if (attribution.speaker.kind !== "publisher")
        this.discourse.noteSpeaker(speaker.id, sentence.index, state.section);
    }
  }

  private resolveSpeaker(state: SentenceState, attribution: Attribution): ResolvedSpeaker | undefined {
    const { sentence } = state.context;
    switch (attribution.speaker.kind) {
      case "publisher":
        return this.publisherId !== undefined
          ? { id: this.publisherId, confidence: attribution.confidence }
          : undefined;
      case "same-as": {
        const id = this.speakerOf.get(attribution.speaker.attribution);
        return id !== undefined ? { id, confidence: Math.min(attribution.confidence, 0.8) } : undefined;
      }
      case "inherited": {
        const previous = this.previousQuotation(state);
        if (previous !== undefined)
          return { id: previous.record.speaker, confidence: CONFIDENCE.inheritedQuote };
        return this.discourse.lastSpeaker(state.section);
      }
      case "mention": {
        // A quotation inside a quotation is a person's words ("Holm told us 'keep the lights on'").
        const defaultType = attribution.relayedBy !== undefined ? EntityType.Person : EntityType.Organization;
        return this.speakerFromMention(state, attribution.speaker.mention, sentence.index, defaultType);
      }
    }
  }

  /** The attributed quotation right before this sentence (same or previous paragraph): "…," X said. "…" */
  private previousQuotation(state: SentenceState): DraftStatement | undefined {
    const previous = this.statements[this.statements.length - 1];
    if (previous === undefined || previous.section !== state.section) return undefined;
    const gap = state.context.sentence.index - previous.sentence.index;
    return previous.attribution?.direct === true && gap <= 1 ? previous : undefined;
  }

  private speakerFromMention(
    state: SentenceState,
    mention: Mention,
    sentenceIndex: number,
    defaultType: EntityType = EntityType.Organization,
  ): ResolvedSpeaker | undefined {
    if (mention.kind === "name") {
      const resolved = state.resolved.get(mention) ?? this.registry.resolve(mention, { defaultType });
      if (resolved === undefined) return undefined;
      state.resolved.set(mention, resolved);
      // A country speaks through its government: "Ukraine rejected …".
      if (resolved.type === EntityType.Place) {
        const government = this.governmentOf(this.registry.nameOf(resolved.id) ?? "");
        if (government !== undefined) return { id: government, confidence: CONFIDENCE.linkedSpeaker };
        return undefined;
      }
      const confidence =
        mention.lastToken > mention.firstToken ? CONFIDENCE.namedSpeaker : CONFIDENCE.linkedSpeaker;
      return { id: resolved.id, confidence };
    }
    if (mention.owner !== undefined) return this.ownedSpeaker(state, mention, mention.owner, sentenceIndex);
    const resolved =
      mention.indefinite === true ? undefined : this.discourse.resolve(mention, state.section, sentenceIndex);
    if (resolved !== undefined) {
      if (mention.kind === "descriptor")
        this.registry.addAlias(resolved.id, mention.surface.replace(/^The /, "the "));
      return resolved;
    }
    // "officials said", "a resident told …", "the regional council said": an unnamed speaker of its own.
    const unnamed = unnamedSpeakerOf(mention);
    if (unnamed === undefined) return undefined;
    const alias = mention.surface.replace(/^(The|A|An|One|Another) /, (word) => word.toLowerCase());
    const created = this.registry.createUnnamed({
      name: mention.surface.replace(/^(the|a|an|one|another)\s+/i, "").toLowerCase(),
      alias,
      type: unnamed.type,
      kind: unnamed.kind,
      plural: unnamed.plural,
      distinct: mention.indefinite === true,
      confidence: CONFIDENCE.unnamedSpeaker,
    });
    return { id: created.id, confidence: CONFIDENCE.unnamedSpeaker };
  }

  /** "Varga's office", "the ministry's spokesperson": named after whoever owns it; a person belongs to an owning body. */
  private ownedSpeaker(
    state: SentenceState,
    mention: Mention,
    owner: Mention,
    sentenceIndex: number,
  ): ResolvedSpeaker | undefined {
    const unnamed = unnamedSpeakerOf(mention);
    const ownerSpeaker = this.speakerFromMention(state, owner, sentenceIndex);
    if (unnamed === undefined || ownerSpeaker === undefined) return undefined;
    const ownerName = this.registry.nameOf(ownerSpeaker.id) ?? owner.surface;
    const headWords = this.text.slice(state.context.tokens[owner.lastToken + 1].start, mention.end);
    const created = this.registry.createUnnamed({
      name: `${ownerName}'s ${headWords}`,
      alias: owner.kind === "pronoun" ? `${ownerName}'s ${headWords}` : mention.surface,
      type: unnamed.type,
      kind: unnamed.kind,
      plural: unnamed.plural,
      distinct: false,
      confidence: CONFIDENCE.unnamedSpeaker,
    });
    if (this.registry.typeOf(ownerSpeaker.id) === EntityType.Organization)
      this.addRelationship(
        RelationshipType.MEMBER_OF,
        created.id,
        ownerSpeaker.id,
        mention,
        CONFIDENCE.statedRelationship,
      );
    return { id: created.id, confidence: Math.min(CONFIDENCE.unnamedSpeaker, ownerSpeaker.confidence) };
  }

  private resolveVia(state: SentenceState, attribution: Attribution, speakerId: string): string[] {
    const via: string[] = [];
    if (attribution.relayedBy !== undefined) {
      const relay = this.speakerOf.get(attribution.relayedBy);
      if (relay !== undefined) via.push(relay, ...this.viaOfSpeaker(relay));
    }
    for (const mention of attribution.via) {
      const resolved = this.speakerFromMention(state, mention, state.context.sentence.index);
      if (resolved === undefined) continue;
      via.push(resolved.id, ...this.viaOfSpeaker(resolved.id));
    }
    // "In an interview with Fox News": the outlet relayed what was said.
    for (const interview of this.interviewOutlets(state)) via.push(interview);
    // A source keeps relaying through whoever it first spoke to ("an SBU source told the Kyiv Independent").
    if (via.length === 0) via.push(...this.viaOfSpeaker(speakerId));
    return [...new Set(via.filter((id) => id !== speakerId))];
  }

  private viaOfSpeaker(speakerId: string): string[] {
    const anonymous = this.registry.profile(speakerId)?.anonymous === true;
    if (!anonymous) return [];
    const first = this.statements.find((statement) => statement.record.speaker === speakerId);
    return first?.record.via ?? [];
  }

  private interviewOutlets(state: SentenceState): string[] {
    const { tokens } = state.context;
    const outlets: string[] = [];
    tokens.forEach((token, index) => {
      if (token.lower !== "interview" || tokens[index + 1]?.lower !== "with") {
        if (!(
          token.lower === "interview" &&
          tokens[index + 1]?.lower === "segment" &&
          tokens[index + 2]?.lower === "with"
        ))
          return;
      }
      const start = tokens[index + 1]?.lower === "with" ? index + 2 : index + 3;
      const outlet = state.mentions.find(
        (mention) => mention.kind === "name" && mention.firstToken === start,
      );
      const resolved = outlet !== undefined ? state.resolved.get(outlet) : undefined;
      if (resolved?.type === EntityType.Organization) outlets.push(resolved.id);
    });
    return outlets;
  }

  private statementRecord(
    state: SentenceState,
    attribution: Attribution,
    speaker: ResolvedSpeaker,
    via: string[],
  ): StatementRecord | undefined {
    const { sentence } = state.context;
    const content = attribution.content;
    const words = this.text.slice(content.start, content.end).trim();
    if (words.length === 0) return undefined;
    const duplicate = this.statements.some(
      (existing) =>
        existing.record.speaker === speaker.id &&
        existing.contentSpan.start === content.start &&
        existing.contentSpan.end === content.end &&
        existing.record.kind === attribution.kind,
    );
    if (duplicate) return undefined;
    const number = this.statements.length + 1;
    const speakerName = this.registry.nameOf(speaker.id) ?? "";
    const speakerWord =
      this.registry.typeOf(speaker.id) === EntityType.Person
        ? (speakerName.split(/\s+/).pop() ?? "")
        : slugify(speakerName, 2);
    const id = `statement/${this.articleSlug}/${number}-${slugify(`${speakerWord} ${words}`, 7) || "statement"}`;
    const confidence = Math.min(attribution.confidence, speaker.confidence + 0.05);
    const mentions = [
      ...new Set(
        [...state.resolved.entries()]
          .filter(
            ([mention]) => mention.start >= content.start && mention.end <= content.end && mention.end > 0,
          )
          .map(([, resolved]) => resolved.id)
          .filter((entityId) => entityId !== speaker.id),
      ),
    ];
    return {
      id,
      speaker: speaker.id,
      kind: attribution.kind,
      text: words.slice(0, 5000),
      saidOn: this.saidOn(state, attribution, speaker.id),
      verification: null,
      via,
      mentions,
      evidence: evidenceOf(this.text, sentence),
      ...extractionMarks(confidence),
    };
  }

  /** A date in the attribution's own words ("said on Jan. 24"), else the date of the same speaker's earlier quotation. */
  private saidOn(state: SentenceState, attribution: Attribution, speakerId: string): string | null {
    const { sentence } = state.context;
    // A date in the attribution's own words, not in what was said (nor in any quotation).
    const quoted = this.quotations.filter(
      (quote) => quote.open >= sentence.start && quote.close <= sentence.end,
    );
    const dates = findDates(this.text, sentence, this.meta.publishedOn).filter(
      (date) =>
        (date.end <= attribution.content.start || date.start >= attribution.content.end) &&
        !quoted.some((quote) => quote.start <= date.start && date.end <= quote.end),
    );
    const quoteDate =
      attribution.quotation !== undefined
        ? dates.filter((date) => date.start >= attribution.content.end)
        : dates;
    if (quoteDate.length > 0) return quoteDate[0].value;
    if (!attribution.direct) return null;
    const earlier = [...this.statements]
      .reverse()
      .find(
        (statement) =>
          statement.section === state.section &&
          statement.record.speaker === speakerId &&
          statement.record.saidOn,
      );
    return earlier?.record.saidOn ?? null;
  }

  /** Headline quotations the body repeats are not statements of their own; others need a speaker in the headline. */
  private headlineQuotations(): void {
    const body = this.states.filter((state) => !state.context.sentence.headline);
    for (const state of this.states.filter((candidate) => candidate.context.sentence.headline)) {
      const { sentence } = state.context;
      const quotes = this.quotations.filter(
        (quote) => sentence.start <= quote.open && quote.close <= sentence.end,
      );
      for (const quote of quotes) {
        if (this.repeatedInBody(quote, body)) continue;
        const attributions = findAttributions({
          context: state.context,
          mentions: state.mentions,
          quotations: [],
        });
        const attribution = attributions.find((candidate) => candidate.speaker.kind === "mention");
        if (attribution === undefined || attribution.speaker.kind !== "mention") continue;
        const speaker = this.speakerFromMention(state, attribution.speaker.mention, sentence.index);
        if (speaker === undefined) continue;
        const quoted: Attribution = {
          ...attribution,
          kind: StatementKind.QUOTE,
          content: quotationText(this.text, quote),
          direct: true,
          quotation: quote,
          confidence: CONFIDENCE.headlineQuote,
        };
        const record = this.statementRecord(state, quoted, speaker, []);
        if (record !== undefined)
          this.statements.push({
            record,
            sentence,
            section: state.section,
            attribution: quoted,
            contentSpan: quoted.content,
          });
      }
    }
  }

  private repeatedInBody(quote: Quotation, body: readonly SentenceState[]): boolean {
    const stems = (value: string) =>
      value
        .toLowerCase()
        .split(/[^\p{L}\p{N}*]+/u)
        .filter((word) => word.length >= 2)
        .map((word) => word.slice(0, 3));
    const quoted = stems(this.text.slice(quote.start, quote.end));
    if (quoted.length === 0) return true;
    return body.some((state) => {
      const sentenceStems = new Set(
        stems(this.text.slice(state.context.sentence.start, state.context.sentence.end)),
      );
      const shared = quoted.filter((stem) => sentenceStems.has(stem)).length;
      return shared / quoted.length >= HEADLINE_REPEAT_SHARE;
    });
  }

  // ------------------------------------------------------------------------------------------ events

  private extractEvents(state: SentenceState): void {
    const { sentence } = state.context;
    if (!sentence.headline) {
      const dates = findDates(this.text, sentence, this.meta.publishedOn);
      const strikes = [
        ...findStrikes(state.context, state.mentions),
        ...findLaunches(state.context, state.mentions),
        ...findInterceptions(state.context, state.mentions),
      ];
      for (const strike of strikes) {
        const targets = strike.targets
          .map((mention) => this.entityOf(state, mention))
          .filter(isDefined)
          .filter((target) => target.type === EntityType.Facility || target.type === EntityType.Place);
        if (targets.length === 0) continue;
        const named = strike.attackers.map((mention) => this.entityOf(state, mention)).filter(isDefined);
        // "The plant was shelled again overnight": the attacker of the paragraph's latest strike, if any.
        const inferred = strike.attackers.length === 0 ? this.lastAttacker(sentence.line) : undefined;
        const attackers = inferred !== undefined ? [inferred] : named.map((attacker) => attacker.id);
        const confidence = inferred !== undefined ? CONFIDENCE.inferredRelationship : strike.confidence;
        for (const attacker of attackers) {
          for (const target of targets) {
            if (attacker === target.id) continue;
            this.addRelationship(RelationshipType.STRUCK, attacker, target.id, strike.evidence, confidence, {
              on: dates[0]?.value ?? null,
              means: strike.means ?? null,
              outcome: strike.outcome ?? null,
            });
            this.attackers.push({ id: attacker, line: sentence.line });
          }
        }
      }
    }
    for (const location of findLocations(state.context, state.mentions)) {
      const inner = this.entityOf(state, location.inner);
      const outer = this.entityOf(state, location.outer);
      if (
        inner === undefined ||
        outer === undefined ||
        outer.type !== EntityType.Place ||
        inner.type === EntityType.Person
      )
        continue;
      let target = outer.id;
      let confidence = location.confidence;
      // "the village of Y near Z": Y lies where Z lies, when the article says where that is.
      if (location.near) {
        const parent = this.relationships.find(
          (relationship) =>
            relationship.type === RelationshipType.LOCATED_IN && relationship.from === outer.id,
        );
        if (parent !== undefined) {
          target = parent.to;
          confidence = CONFIDENCE.inferredRelationship;
        }
      }
      this.addRelationship(RelationshipType.LOCATED_IN, inner.id, target, location.evidence, confidence);
    }
    // Facilities named after a place: "the Ryazan Oil Refinery" is in Ryazan.
    for (const [mention, resolved] of state.resolved) {
      if (mention.namedAfter === undefined || resolved.type !== EntityType.Facility) continue;
      const place = this.registry.placeNamed(mention.namedAfter);
      if (place !== undefined)
        this.addRelationship(
          RelationshipType.LOCATED_IN,
          resolved.id,
          place,
          mention,
          CONFIDENCE.inferredRelationship + 0.1,
        );
    }
  }

  /** The attacker of the latest strike in the same paragraph (an earlier paragraph may be about another strike). */
  private lastAttacker(line: number): string | undefined {
    return [...this.attackers].reverse().find((attacker) => attacker.line === line)?.id;
  }

  /** A city and the oblast named after it: "Ryazan" and "Ryazan Oblast" — the city lies in the oblast. */
  private sameNamedPlaces(): void {
    const places = this.registry.records().filter((entity) => entity.type === EntityType.Place);
    for (const region of places.filter(
      (place) => place.kind === PlaceKind.OBLAST || place.kind === PlaceKind.REGION,
    )) {
      const cityName = region.name.replace(/\s+(Oblast|Region|Province|Krai)$/i, "");
      if (cityName === region.name) continue;
      const city = places.find((place) => place.name === cityName && place.id !== region.id);
      if (city === undefined) continue;
      const mention = this.firstMentionOf(city.id);
      if (mention !== undefined)
        this.addRelationship(
          RelationshipType.LOCATED_IN,
          city.id,
          region.id,
          mention,
          CONFIDENCE.inferredRelationship,
        );
    }
  }

  private firstMentionOf(id: string): Span | undefined {
    for (const state of this.states) {
      for (const [mention, resolved] of state.resolved)
        if (resolved.id === id && mention.end > 0) return mention;
    }
    return undefined;
  }

  private entityOf(state: SentenceState, mention: Mention): ResolvedEntity | undefined {
    const resolved = state.resolved.get(mention);
    if (resolved !== undefined) return resolved;
    if (mention.kind !== "name") return undefined;
    return this.registry.resolve(mention);
  }

  // ------------------------------------------------------------------------------------------ statement relations

  private relateStatements(): void {
    this.statements.forEach((statement, index) => {
      const attribution = statement.attribution;
      if (attribution === undefined) return;
      const evidence = statement.sentence;
      if (attribution.rebuts !== undefined) {
        const claim = this.statements.find((candidate) => candidate.attribution === attribution.rebuts);
        if (claim !== undefined) this.relate(RelationshipType.DISPUTES, statement, claim, evidence);
      }
      if (attribution.disputed !== undefined) this.relateToOwner(statement, index);
      if (attribution.confirmedByPrevious) {
        const previous = this.statements
          .slice(0, index)
          .reverse()
          .find((candidate) => candidate.record.speaker !== statement.record.speaker);
        if (previous !== undefined) this.relate(RelationshipType.CONFIRMS, previous, statement, evidence);
      }
      if (statement.record.kind === StatementKind.CONFIRMATION && attribution.disputed === undefined) {
        const confirmed = this.confirmedStatement(statement, index);
        if (confirmed !== undefined) this.relate(RelationshipType.CONFIRMS, statement, confirmed, evidence);
      }
    });
  }

  /** "dismissed Putin's remarks": the owner's latest statement; "rejected Russia's demand to …": that demand. */
  private relateToOwner(statement: DraftStatement, index: number): void {
    const disputed = statement.attribution?.disputed;
    if (disputed === undefined) return;
    const type =
      statement.record.kind === StatementKind.REBUTTAL
        ? RelationshipType.DISPUTES
        : RelationshipType.CONFIRMS;
    // "rejected the claim": the latest earlier statement of that kind by someone else in the section.
    if (disputed.owner === undefined) {
      const kind = statementNounKind(disputed.noun);
      const target = this.statements
        .slice(0, index)
        .reverse()
        .find(
          (candidate) =>
            candidate.section === statement.section &&
            candidate.record.speaker !== statement.record.speaker &&
            (kind === undefined || kind === StatementKind.PARAPHRASE || candidate.record.kind === kind),
        );
      if (target !== undefined) this.relate(type, statement, target, statement.sentence);
      return;
    }
    const state = this.states[statement.sentence.index];
    const owner = this.speakerFromMention(state, disputed.owner, statement.sentence.index);
    if (owner === undefined) return;
    if (disputed.content !== undefined) {
      const implied: Attribution = {
        kind: statementNounKind(disputed.noun) ?? StatementKind.PARAPHRASE,
        speaker: { kind: "mention", mention: disputed.owner },
        via: [],
        content: disputed.content,
        direct: false,
        confirmedByPrevious: false,
        confidence: CONFIDENCE.impliedStatement,
      };
      const record = this.statementRecord(
        state,
        implied,
        { id: owner.id, confidence: CONFIDENCE.impliedStatement },
        [],
      );
      if (record === undefined) return;
      const target: DraftStatement = {
        record,
        sentence: statement.sentence,
        section: statement.section,
        attribution: implied,
        contentSpan: implied.content,
      };
      this.statements.push(target);
      this.relate(type, statement, target, statement.sentence);
      return;
    }
    const target = this.statements
      .slice(0, index)
      .reverse()
      .find((candidate) => candidate.record.speaker === owner.id);
    if (target !== undefined) this.relate(type, statement, target, statement.sentence);
  }

  /** What "X confirmed the attack" confirms: the latest earlier statement by someone else about the same things. */
  private confirmedStatement(statement: DraftStatement, index: number): DraftStatement | undefined {
    const earlier = this.statements
      .slice(0, index)
      .reverse()
      .filter(
        (candidate) =>
          candidate.record.speaker !== statement.record.speaker &&
          candidate.record.kind !== StatementKind.CONFIRMATION,
      );
    const shared = earlier.find((candidate) =>
      candidate.record.mentions.some((id) => statement.record.mentions.includes(id)),
    );
    if (shared !== undefined) return shared;
    const aboutAttack = /\b(attack|strike|struck|hit|targeted)\b/i;
    if (!aboutAttack.test(statement.record.text)) return undefined;
    return earlier.find(
      (candidate) =>
        candidate.section === statement.section && aboutAttack.test(candidate.record.evidence.excerpt),
    );
  }

  private relate(type: RelationshipType, from: DraftStatement, to: DraftStatement, evidence: Span): void {
    if (from.record.id === to.record.id) return;
    this.addRelationship(
      type,
      from.record.id,
      to.record.id,
      evidence,
      Math.min(from.record.confidence ?? 0.5, to.record.confidence ?? 0.5),
    );
  }

  // ------------------------------------------------------------------------------------------ output

  private addRelationship(
    type: RelationshipType,
    from: string,
    to: string,
    span: Span,
    confidence: number,
    extra: Partial<RelationshipRecord> = {},
  ): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}`;
    const reverse = `${type}|${to}|${from}`;
    if (
      this.relationshipKeys.has(key) ||
      (type === RelationshipType.LOCATED_IN && this.relationshipKeys.has(reverse))
    )
      return;
    const evidence = evidenceOf(this.text, span);
    if (evidence.end <= evidence.start) return;
    this.relationshipKeys.add(key);
    this.relationships.push({
      type: type as RelationshipRecord["type"],
      from,
      to,
      ...extra,
      evidence,
      ...extractionMarks(confidence),
    });
  }

  private article(): ExtractedArticle {
    return {
      id: `article/${this.articleSlug}`,
      title: this.title,
      publisher: this.publisherId ?? null,
      publishedOn: this.meta.publishedOn,
      url: null,
      textFile: `${this.articleSlug}.txt`,
    };
  }
}

/**
 * A lone unknown word speaking ("Sarkova said", "Metinvest announced") is a person when it says or asks
 * something, an organisation when it reports, announces or decides; the verb outweighs compromise's guess.
 */
function typeBareSpeaker(attribution: Attribution): void {
  if (attribution.speaker.kind !== "mention") return;
  const mention = attribution.speaker.mention;
  const bare =
    mention.kind === "name" &&
    mention.firstToken === mention.lastToken &&
    mention.confidence < CONFIDENCE.entityByCue;
  if (!bare || mention.entityKind === PlaceKind.COUNTRY) return;
  const institutional = [StatementKind.REPORT, StatementKind.ANNOUNCEMENT, StatementKind.DECISION].includes(
    attribution.kind,
  );
  mention.type = attribution.direct || !institutional ? EntityType.Person : EntityType.Organization;
  mention.weak = false;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/**
 * Extracts entities, statements and relationships from one article. `known` entities are linked by alias,
 * surname and apostrophe variants; everything else becomes a new entity with a deterministic id.
 */
export function extractArticle(
  text: string,
  meta: ArticleInput,
  known: readonly KnownEntity[] = [],
): Extraction {
  return new ArticleExtraction(text, meta, known).run();
}
