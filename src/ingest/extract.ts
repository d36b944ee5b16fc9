// The extractor: article text and the NLP server's annotations in, seed-format records out. Pure: no
// database, no HTTP. Each stage is a module of src/ingest/stages, run in this order.
import { createHash } from "node:crypto";
import { EntityType, OrganizationKind, type EndKind } from "../graph/model";
import type { RelationshipRecord, StatementRecord } from "../seed/records";
import type { Annotation } from "./annotate";
import { officeWords } from "./lexicon/titles";
import { extractionMarks } from "./marks";
import type { Finding } from "./rules/rule";
import { findAttributions } from "./stages/attributions";
import { saidOnOf } from "./stages/dates";
import { readDocument, type ArticleDocument } from "./stages/document";
import { findNames, type NameMention } from "./stages/entities";
import { EventFinder, type RelationFinding } from "./stages/events";
import { checkRecords } from "./stages/records";
import { relateStatements } from "./stages/statement-relations";
import { EntityLinker } from "./stages/linking";
import { SpeakerResolver, type ResolvedSpeaker } from "./stages/speakers";
import { evidenceOf, nameKey, slugify, type Span } from "./text";
import type { ArticleInput, Extraction, KnownEntity } from "./types";

/** "<slug-of-title>-<first 8 hex of sha256(text)>": the same text always gets the same article id. */
export function articleSlugFor(text: string, title: string): string {
  const hash = createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);
  const slug = slugify(title, 8);
  return slug.length > 0 ? `${slug}-${hash}` : hash;
}

/** What was said, as one string: the parts of a split quotation joined by an ellipsis. */
function contentText(text: string, parts: readonly Span[]): string {
  return parts
    .map((part) =>
      text
        .slice(part.start, part.end)
        .replace(/\s+/g, " ")
        .trim()
        .replace(/^["“”'‘’`]+|["“”'‘’`]+$/g, "")
        .replace(/[,;:]$/, "")
        .trim(),
    )
    .filter((part) => part.length > 0)
    .join(" … ");
}

function evidenceSpan(document: ArticleDocument, finding: Finding): Span {
  const first = document.sentences[finding.sentences.first];
  const last = document.sentences[finding.sentences.last];
  const start = Math.min(first.start, ...finding.content.map((part) => part.start));
  const end = Math.max(last.end, ...finding.content.map((part) => part.end));
  return { start, end };
}

/** Entities named inside what was said (the speaker aside). */
function mentionsIn(
  names: readonly NameMention[],
  linker: EntityLinker,
  parts: readonly Span[],
  speaker: string,
): string[] {
  const ids = names
    .filter(
      (name) => !name.headline && parts.some((part) => part.start <= name.start && name.end <= part.end),
    )
    .map((name) => linker.entityOf(name)?.id)
    .filter((id): id is string => id !== undefined && id !== speaker);
  return [...new Set(ids)];
}

/**
 * The office written before the speaker's name, lower-case: in the source phrase ("Secretary of State
 * Clinton said"), else where the article first writes it before the speaker's whole name ("President
 * Obama flew here. … Mr. Obama said"): the office the article gives the speaker. A shorter name
 * elsewhere ("Secretary Clinton" in an article about Bill Clinton) may be someone else's.
 */
function speakerTitleOf(
  officed: readonly NameMention[],
  linker: EntityLinker,
  speaker: ResolvedSpeaker,
): string | undefined {
  const phrase = new Set(speaker.phrase.tokens);
  const inPhrase = (name: NameMention) =>
    name.sentence === speaker.phrase.sentence && phrase.has(name.tokenStart);
  const titled = officed.filter((name) => linker.entityOf(name)?.id === speaker.entity.id);
  const wholeName = (name: NameMention) => nameKey(name.name) === nameKey(speaker.entity.name);
  return (titled.find(inPhrase) ?? titled.find(wholeName))?.titles?.join(" ");
}

export interface ExtractedStatement extends StatementRecord {
  /** What was said, as offsets into the article text: one part, or two for a quotation split by its attribution. */
  content: Span[];
  /** The attribution rule that found it. */
  rule: string;
}

export function extractFromAnnotation(
  text: string,
  annotation: Annotation,
  meta: ArticleInput,
  known: readonly KnownEntity[] = [],
): Extraction & { statements: ExtractedStatement[] } {
  const document = readDocument(text, annotation, meta.title);
  const articleSlug = articleSlugFor(text, document.title);
  const scope = [meta.publisher?.trim(), meta.publishedOn].filter(Boolean).join(", ");
  const names = findNames(document);
  const linker = new EntityLinker(known, articleSlug, scope);
  linker.linkAll(names);
  const publisher =
    meta.publisher !== undefined && meta.publisher.trim() !== ""
      ? linker.named(EntityType.Organization, meta.publisher.trim(), OrganizationKind.MEDIA_OUTLET)
      : undefined;

  const resolver = new SpeakerResolver(document, names, linker);
  const statements: ExtractedStatement[] = [];
  const speakers = new Map<ExtractedStatement, ResolvedSpeaker>();
  // The names written with an office before them ("President Obama"): where speakers' offices come from.
  const officed = names.filter((name) => !name.headline && officeWords(name.titles ?? []).size > 0);
  for (const finding of findAttributions(document)) {
    const speaker = resolver.resolve(finding);
    if (speaker === undefined) continue;
    const words = contentText(text, finding.content);
    if (words.length === 0) continue;
    const speakerWord =
      speaker.entity.type === EntityType.Person
        ? (speaker.entity.name.split(/\s+/).pop() ?? "")
        : slugify(speaker.entity.name, 2);
    const first = finding.content[0].start;
    const speakerTitle = speakerTitleOf(officed, linker, speaker);
    const statement: ExtractedStatement = {
      id: `statement/${articleSlug}/${first}-${slugify(`${speakerWord} ${words}`, 7) || "statement"}`,
      speaker: speaker.entity.id,
      ...(speakerTitle !== undefined ? { speakerTitle } : {}),
      kind: finding.kind,
      text: words.slice(0, 5000),
      saidOn: saidOnOf(document, finding, meta.publishedOn),
      verification: null,
      via: [],
      mentions: mentionsIn(names, linker, finding.content, speaker.entity.id),
      evidence: evidenceOf(text, evidenceSpan(document, finding)),
      content: finding.content,
      rule: finding.rule,
      ...extractionMarks(Math.min(finding.confidence, speaker.confidence + 0.05)),
    };
    statements.push(statement);
    speakers.set(statement, speaker);
  }

  const relations = [
    ...new EventFinder(document, names, linker).run([...speakers.values()]),
    ...relateStatements(statements, (statement) => statement.evidence),
  ];
  const relationships = relations.map((relation) => relationshipRecord(text, relation));

  const referenced = new Set<string>();
  for (const statement of statements) {
    referenced.add(statement.speaker);
    statement.mentions.forEach((id) => referenced.add(id));
  }
  for (const relationship of relationships)
    [relationship.from, relationship.to].forEach((id) => referenced.add(id));
  if (publisher !== undefined) referenced.add(publisher.id);
  const extraction = {
    article: {
      id: `article/${articleSlug}`,
      title: document.title,
      publisher: publisher?.id ?? null,
      publishedOn: meta.publishedOn,
      url: null,
      textFile: `${articleSlug}.txt`,
    },
    entities: linker.records(referenced),
    statements,
    relationships,
  };
  const knownKinds = new Map<string, EndKind>(known.map((entity) => [entity.id, entity.type]));
  const checked = checkRecords(extraction, text, knownKinds);
  return {
    ...checked.extraction,
    statements: checked.extraction.statements as ExtractedStatement[],
    problems: checked.problems,
  };
}

function relationshipRecord(text: string, relation: RelationFinding): RelationshipRecord {
  return {
    type: relation.type as RelationshipRecord["type"],
    from: relation.from,
    to: relation.to,
    ...relation.properties,
    evidence: evidenceOf(text, relation.evidence),
    ...extractionMarks(relation.confidence),
  };
}
