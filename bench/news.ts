// Synthetic news about the synthetic world: articles whose text holds every statement's sentence at
// the exact offsets its evidence gives, with SAID / VIA / MENTIONS from the statements themselves and
// DISPUTES, CONFIRMS and STRUCK listed as the article's relationships. Gazetteer articles carry the
// evidence of the place hierarchy (LOCATED_IN).
import { RelationshipType, StatementKind, slugify } from "../src/graph/model";
import type {
  ArticleMetaRecord,
  EntityRecord,
  EvidenceRecord,
  FigureRecord,
  RelationshipRecord,
  StatementRecord,
} from "../src/seed/records";
import { Random } from "./random";
import { ADJECTIVES, COUNTED, MEANS, NOUNS, OUTCOMES, TIMES, VERBS } from "./vocabulary";
import type { Location, World } from "./world";

export interface SyntheticArticle {
  meta: ArticleMetaRecord;
  text: string;
  publisherName: string;
  statements: StatementRecord[];
  relationships: RelationshipRecord[];
}

/** Appends sentences to an article's text and returns each one's exact evidence span. */
class ArticleText {
  private text: string;
  private inParagraph = 0;

  constructor(title: string) {
    this.text = `${title}\n\n`;
  }

  sentence(sentence: string): EvidenceRecord {
    if (this.inParagraph === 3) {
      this.text += "\n\n";
      this.inParagraph = 0;
    } else if (this.inParagraph > 0) {
      this.text += " ";
    }
    this.inParagraph += 1;
    const start = this.text.length;
    this.text += sentence;
    return { start, end: this.text.length, excerpt: sentence };
  }

  toString(): string {
    return `${this.text}\n`;
  }
}

const FIRST_DAY = Date.UTC(2022, 1, 24);
const DAYS = 1400;
const STATEMENTS_PER_ARTICLE = { min: 4, max: 16 };
/** How many recent statements a rebuttal or confirmation may answer. */
const ANSWERABLE = 2000;

const day = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Said {
  id: string;
  speaker: EntityRecord;
  clause: string;
}

/** One statement as the article writes it: the sentence (its evidence) and the statement's text. */
interface Composed {
  kind: StatementKind;
  sentence: string;
  /** The statement text when it differs from the sentence (a quotation without its attribution). */
  text?: string;
  mentions: EntityRecord[];
  via?: EntityRecord;
  figures?: FigureRecord[];
  /** A relationship the sentence is evidence of, without its evidence yet. */
  relationship?: Omit<RelationshipRecord, "evidence">;
  clause?: string;
}

class NewsWriter {
  private articleCount = 0;
  private readonly recent: Said[] = [];

  constructor(
    private readonly random: Random,
    private readonly world: World,
    private readonly totalArticles: number,
  ) {}

  private clause(mentions: EntityRecord[]): string {
    const { random } = this;
    const a = mentions[0].name;
    const b = mentions[1]?.name ?? `the ${random.pick(NOUNS)}`;
    const verb = random.pick(VERBS);
    const noun = random.pick(NOUNS);
    const adjective = random.pick(ADJECTIVES);
    const time = random.pick(TIMES);
    const n = random.int(2, 400);
    switch (random.int(0, 7)) {
      case 0:
        return `${a} will ${verb} the ${adjective} ${noun} ${time}`;
      case 1:
        return `${a} is ready to ${verb} the ${noun} with ${b}`;
      case 2:
        return `${a} and ${b} agreed to ${verb} the ${adjective} ${noun} ${time}`;
      case 3:
        return `there will be no ${noun} without ${a}, and ${b} knows it`;
      case 4:
        return `${a} tried to ${verb} the ${noun} near ${b} ${time}`;
      case 5:
        return `${n} more ${noun} are needed in ${a} ${time}`;
      case 6:
        return `the ${adjective} ${noun} for ${a} must not ${verb} ${b}`;
      default:
        return `${a} asked ${b} to ${verb} ${n} ${adjective} ${noun} ${time}`;
    }
  }

  private mentions(count: number, exclude: EntityRecord): EntityRecord[] {
    return this.random
      .sample(this.world.mentionable.items, count, () => this.world.mentionable.draw(this.random))
      .filter((entity) => entity !== exclude);
  }

  private compose(speaker: EntityRecord, on: string): Composed {
    const { random, world } = this;
    const roll = random.next();
    const mentions = this.mentions(random.int(1, 3), speaker);
    if (mentions.length === 0) mentions.push(world.mentionable.items[0]);
    const clause = this.clause(mentions);
    const answered = this.recent.length > 0 ? random.pick(this.recent) : undefined;
    if (roll < 0.25) {
      const quote = `${capitalize(clause)}.`;
      return {
        kind: StatementKind.QUOTE,
        sentence: `\u201c${capitalize(clause)},\u201d ${speaker.name} said.`,
        text: quote,
        mentions,
        clause,
      };
    }
    const framed = (kind: StatementKind, verb: string): Composed => ({
      kind,
      sentence: `${speaker.name} ${verb} ${clause}.`,
      mentions,
      clause,
    });
    if (roll < 0.43) return framed(StatementKind.PARAPHRASE, "said");
    if (roll < 0.56) return framed(StatementKind.CLAIM, "claimed that");
    if (roll < 0.63) return framed(StatementKind.ANNOUNCEMENT, "announced that");
    if (roll < 0.67) return framed(StatementKind.DECISION, "decided that");
    if (roll < 0.69) return framed(StatementKind.QUESTION, "asked whether");
    if (roll < 0.76) {
      const outlet = world.publishers.draw(random);
      return { ...framed(StatementKind.CLAIM, `told ${outlet.name} that`), via: outlet };
    }
    if (roll < 0.8) {
      const counted = random.pick(COUNTED);
      const value = random.int(3, 900);
      return {
        kind: StatementKind.ESTIMATE,
        sentence: `${speaker.name} estimated that ${value} ${counted.unit} were involved in ${mentions[0].name} ${random.pick(TIMES)}.`,
        mentions: [mentions[0]],
        figures: [{ name: counted.name, value, unit: counted.unit }],
      };
    }
    if (roll < 0.9) {
      const attacker = world.attackers.draw(random);
      const target = world.targets.draw(random);
      const where = world.parentOf.get(target.id);
      const means = random.pick(MEANS);
      const outcome = random.chance(0.5) ? random.pick(OUTCOMES) : null;
      const place = where ? ` in ${where.name}` : "";
      const result = outcome ? `; ${outcome}` : "";
      return {
        kind: StatementKind.REPORT,
        sentence: `${speaker.name} reported that the ${attacker.name} struck ${target.name}${place} with ${means}${result}.`,
        mentions: [attacker, target].filter((entity) => entity !== speaker),
        relationship: { type: RelationshipType.STRUCK, from: attacker.id, to: target.id, on, means, outcome },
      };
    }
    if (answered && roll < 0.96 && answered.speaker !== speaker) {
      return {
        kind: StatementKind.REBUTTAL,
        sentence: `${speaker.name} rejected the claim by ${answered.speaker.name} that ${answered.clause}, calling it false.`,
        mentions: [answered.speaker],
        relationship: { type: RelationshipType.DISPUTES, from: "", to: answered.id },
      };
    }
    if (answered) {
      return {
        kind: StatementKind.CONFIRMATION,
        sentence: `${speaker.name} confirmed that ${answered.clause}.`,
        mentions: answered.speaker === speaker ? mentions : [answered.speaker],
        relationship: { type: RelationshipType.CONFIRMS, from: "", to: answered.id },
      };
    }
    return framed(StatementKind.CLAIM, "claimed that");
  }

  /** The next article, with up to `remaining` statements. */
  article(remaining: number): SyntheticArticle {
    const { random, world } = this;
    const serial = (this.articleCount += 1);
    const offset = Math.floor(((serial - 1) * DAYS) / Math.max(1, this.totalArticles));
    const published = day(offset);
    const publisher = world.publishers.draw(random);
    const headliner = world.mentionable.draw(random);
    const title = random.chance(0.5)
      ? `Key developments on ${published}`
      : `${headliner.name}: ${capitalize(random.pick(ADJECTIVES))} ${random.pick(NOUNS)} ${random.pick(TIMES)}`;
    const slug = `${slugify(publisher.name)}-${published}-${serial}`;
    const meta: ArticleMetaRecord = {
      id: `article/${slug}`,
      title,
      publisher: publisher.id,
      publishedOn: published,
      url: `https://news.example/${slug}`,
      textFile: `${slug}.txt`,
    };
    const text = new ArticleText(title);
    const statements: StatementRecord[] = [];
    const relationships: RelationshipRecord[] = [];
    const count = Math.min(remaining, random.int(STATEMENTS_PER_ARTICLE.min, STATEMENTS_PER_ARTICLE.max));
    for (let i = 0; i < count; i += 1) {
      const speaker = world.speakers.draw(random);
      const composed = this.compose(speaker, published);
      const evidence = text.sentence(composed.sentence);
      const id = `statement/${slug}/${i + 1}`;
      const dateRoll = random.next();
      statements.push({
        id,
        speaker: speaker.id,
        kind: composed.kind,
        text: composed.text ?? composed.sentence,
        saidOn:
          dateRoll < 0.7
            ? published
            : dateRoll < 0.85
              ? day(offset - 1)
              : dateRoll < 0.9
                ? published.slice(0, 7)
                : null,
        verification:
          composed.kind === StatementKind.CLAIM && random.chance(0.3) ? "could not be verified" : null,
        via: composed.via ? [composed.via.id] : [],
        mentions: composed.mentions.map((entity) => entity.id),
        figures: composed.figures ?? [],
        evidence,
      });
      if (composed.relationship) {
        const from = composed.relationship.from || id;
        relationships.push({ ...composed.relationship, from, evidence });
      }
      if (composed.clause) {
        this.recent.push({ id, speaker, clause: composed.clause });
        if (this.recent.length > ANSWERABLE) this.recent.shift();
      }
    }
    return { meta, text: text.toString(), publisherName: publisher.name, statements, relationships };
  }
}

/** The news articles of a graph of `statements` statements, written one after another. */
export function* newsArticles(random: Random, world: World, statements: number): Generator<SyntheticArticle> {
  const averagePerArticle = (STATEMENTS_PER_ARTICLE.min + STATEMENTS_PER_ARTICLE.max) / 2;
  const writer = new NewsWriter(random, world, Math.ceil(statements / averagePerArticle));
  for (let written = 0; written < statements;) {
    const article = writer.article(statements - written);
    written += article.statements.length;
    yield article;
  }
}

const KIND_WORDS: Record<string, string> = {
  CONTINENT: "continent",
  COUNTRY: "country",
  OBLAST: "oblast",
  CITY: "city",
  TOWN: "town",
  VILLAGE: "village",
};

/** Gazetteer articles: "<place> is a <kind> in <place>." for every LOCATED_IN, `perArticle` to an article. */
export function* gazetteerArticles(world: World, perArticle = 400): Generator<SyntheticArticle> {
  const publisher = world.publishers.items[0];
  for (let first = 0; first < world.locations.length; first += perArticle) {
    const part = first / perArticle + 1;
    const slug = `gazetteer-${part}`;
    const title = `Gazetteer, part ${part}`;
    const text = new ArticleText(title);
    const relationships = world.locations
      .slice(first, first + perArticle)
      .map(({ from, to }: Location): RelationshipRecord => ({
        type: RelationshipType.LOCATED_IN,
        from: from.id,
        to: to.id,
        evidence: text.sentence(`${from.name} is ${describe(from)} in ${to.name}.`),
      }));
    yield {
      meta: {
        id: `article/${slug}`,
        title,
        publisher: publisher.id,
        publishedOn: "2022-01-01",
        url: null,
        textFile: `${slug}.txt`,
      },
      text: text.toString(),
      publisherName: publisher.name,
      statements: [],
      relationships,
    };
  }
}

function describe(entity: EntityRecord): string {
  const word = KIND_WORDS[entity.kind ?? ""] ?? (entity.kind ?? "site").toLowerCase().replace(/_/g, " ");
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}
