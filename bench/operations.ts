// The benchmark's operations, each written three ways — a request to Newsgraph, the same question to
// @neo4j/graphql, and a request to the raw endpoint — with a canonical form of each answer, so the
// runner can check all three return the same non-empty result before it measures anything.
import neo4j from "neo4j-driver";
import { cypher } from "../src/db/cypher";
import type { Database } from "../src/db/database";
import { phraseQuery } from "../src/store/fulltext";

export const IMPLEMENTATIONS = ["raw", "newsgraph", "neo4j-graphql"] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];

export const OPERATION_NAMES = [
  "whoSaid",
  "speakerPage",
  "neighbourhood",
  "strikesInCountry",
  "nestedArticle",
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/** What the operations ask about, picked from the database so every answer is non-empty. */
export interface OperationParameters {
  /** Eight words of a quotation in the graph, and the statement they come from. */
  quote: string;
  quoteStatement: string;
  /** The most popular speaker. */
  speaker: string;
  /** A person said and mentioned in about ten statements each. */
  entity: string;
  /** The country with the most strikes inside it. */
  country: string;
  /** An article of about ten statements, one of which disputes another. */
  article: string;
}

/** One HTTP request: where it goes and its JSON body. */
export interface BenchRequest {
  path: string;
  body: Record<string, unknown>;
}

type Json = Record<string, unknown>;
type Ref = { id: string; name?: string };

export interface Operation {
  name: OperationName;
  description: string;
  request(implementation: Implementation, parameters: OperationParameters): BenchRequest;
  /** The answer in one canonical shape (sorted where order is not part of the contract). */
  canonical(implementation: Implementation, data: Json): unknown;
  /** True when a canonical answer holds something to compare. */
  nonEmpty(canonical: unknown): boolean;
}

const graphql = (query: string, variables: Json): BenchRequest => ({
  path: "/graphql",
  body: { query: query.replace(/\s+/g, " ").trim(), variables },
});
const raw = (operation: OperationName, parameters: Json): BenchRequest => ({
  path: `/${operation}`,
  body: parameters,
});

const ids = (refs: Ref[] | undefined) => (refs ?? []).map((ref) => ref.id).sort();
const first = <T>(list: T[] | T | undefined): T | undefined => (Array.isArray(list) ? list[0] : list);
const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

interface StatementLike {
  id: string;
  text?: string;
  kind?: string;
  saidOn?: string | null;
  speaker?: Ref | Ref[];
  mentions?: Ref[];
  disputedBy?: Ref[];
  disputes?: StatementLike[];
}

const whoSaid: Operation = {
  name: "whoSaid",
  description:
    "whoSaid by an eight-word fragment of a quotation, with each statement's speaker (and in Newsgraph its utterance's first report)",
  request(implementation, p) {
    if (implementation === "raw") return raw("whoSaid", { quote: p.quote, limit: 5 });
    if (implementation === "newsgraph") {
      return graphql(
        `
          query WhoSaid($quote: String!) {
            whoSaid(quote: $quote, limit: 5) {
              score
              statement {
                id
                text
                saidOn
                speaker {
                  id
                  name
                }
              }
              utterance {
                id
                reportCount
                firstReport {
                  publishedOn
                  outlet
                }
              }
            }
          }
        `,
        { quote: p.quote },
      );
    }
    // @neo4j/graphql passes a Lucene query to its @cypher field: the client builds it as Newsgraph does.
    return graphql(
      `
        query WhoSaid($query: String!) {
          whoSaid(query: $query, limit: 5) {
            id
            text
            saidOn
            speaker {
              id
              name
            }
          }
        }
      `,
      { query: phraseQuery(p.quote) },
    );
  },
  canonical(implementation, data) {
    const top =
      implementation === "neo4j-graphql"
        ? first(data.whoSaid as StatementLike[])
        : first((data.whoSaid as { statement: StatementLike }[]).map((match) => match.statement));
    return top ? { id: top.id, text: top.text, speaker: first(top.speaker)?.id } : null;
  },
  nonEmpty: (canonical) => canonical !== null,
};

const speakerPage: Operation = {
  name: "speakerPage",
  description: "a page of 20 statements by the most popular speaker, with speaker, mentions and disputedBy",
  request(implementation, p) {
    if (implementation === "raw") return raw("speakerPage", { speaker: p.speaker, first: 20 });
    if (implementation === "newsgraph") {
      return graphql(
        `
          query SpeakerPage($speaker: ID!) {
            statements(filter: { speaker: $speaker }, first: 20) {
              edges {
                node {
                  id
                  text
                  kind
                  saidOn
                  speaker {
                    id
                    name
                  }
                  mentions {
                    id
                    name
                  }
                  disputedBy {
                    id
                    text
                  }
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        `,
        { speaker: p.speaker },
      );
    }
    return graphql(
      `
        query SpeakerPage($speaker: ID!) {
          entities(where: { id: { eq: $speaker } }) {
            statements(limit: 20, sort: [{ id: ASC }]) {
              id
              text
              kind
              saidOn
              speaker {
                id
                name
              }
              mentions {
                id
                name
              }
              disputedBy {
                id
                text
              }
            }
          }
        }
      `,
      { speaker: p.speaker },
    );
  },
  canonical(implementation, data) {
    const statements: StatementLike[] =
      implementation === "newsgraph"
        ? (data.statements as { edges: { node: StatementLike }[] }).edges.map((edge) => edge.node)
        : implementation === "raw"
          ? (data.statements as StatementLike[])
          : ((first(data.entities as { statements: StatementLike[] }[])?.statements ??
              []) as StatementLike[]);
    return statements.map((statement) => ({
      id: statement.id,
      text: statement.text,
      kind: statement.kind,
      saidOn: statement.saidOn ?? null,
      speaker: first(statement.speaker)?.id,
      mentions: ids(statement.mentions),
      disputedBy: ids(statement.disputedBy),
    }));
  },
  nonEmpty: (canonical) => (canonical as unknown[]).length > 0,
};

interface EntityLike {
  id: string;
  name: string;
  type?: string;
  __typename?: string;
  statements: StatementLike[];
  mentionedIn: StatementLike[];
}

const neighbourhood: Operation = {
  name: "neighbourhood",
  description:
    "entity(id) two hops out: its statements and what they mention, the statements mentioning it and their speakers",
  request(implementation, p) {
    if (implementation === "raw") return raw("neighbourhood", { id: p.entity });
    const fields = `id name __typename statements { id text mentions { id name } }
      mentionedIn { id text speaker { id name } }`;
    if (implementation === "newsgraph") {
      return graphql(`query Neighbourhood($id: ID!) { entity(id: $id) { ${fields} } }`, { id: p.entity });
    }
    return graphql(`query Neighbourhood($id: ID!) { entities(where: { id: { eq: $id } }) { ${fields} } }`, {
      id: p.entity,
    });
  },
  canonical(implementation, data) {
    const entity = (
      implementation === "neo4j-graphql" ? first(data.entities as EntityLike[]) : data.entity
    ) as EntityLike | undefined;
    if (!entity) return null;
    return {
      id: entity.id,
      name: entity.name,
      type: entity.type ?? entity.__typename,
      statements: byId(entity.statements.map((s) => ({ id: s.id, text: s.text, mentions: ids(s.mentions) }))),
      mentionedIn: byId(
        entity.mentionedIn.map((s) => ({ id: s.id, text: s.text, speaker: first(s.speaker)?.id })),
      ),
    };
  },
  nonEmpty: (canonical) => {
    const entity = canonical as { statements: unknown[]; mentionedIn: unknown[] } | null;
    return entity !== null && entity.statements.length > 0 && entity.mentionedIn.length > 0;
  },
};

interface StrikeLike {
  on: string | null;
  means: string | null;
  attacker: Ref;
  target: Ref & { containedIn?: Ref[] };
}

const strikesInCountry: Operation = {
  name: "strikesInCountry",
  description:
    "the first 20 strikes on anything in a country, with attacker, target and the target's containedIn chain",
  request(implementation, p) {
    if (implementation === "raw") return raw("strikesInCountry", { place: p.country, first: 20 });
    if (implementation === "newsgraph") {
      return graphql(
        `
          query Strikes($place: ID!) {
            strikes(filter: { place: $place }, first: 20) {
              edges {
                node {
                  on
                  means
                  attacker {
                    id
                    name
                  }
                  target {
                    id
                    name
                    ... on Facility {
                      containedIn {
                        id
                        name
                      }
                    }
                    ... on Place {
                      containedIn {
                        id
                        name
                      }
                    }
                  }
                }
              }
              pageInfo {
                hasNextPage
              }
            }
          }
        `,
        { place: p.country },
      );
    }
    return graphql(
      `
        query Strikes($place: ID!) {
          strikesIn(place: $place, limit: 20) {
            on
            means
            attacker {
              id
              name
            }
            target {
              id
              name
              containedIn {
                id
                name
              }
            }
          }
        }
      `,
      { place: p.country },
    );
  },
  canonical(implementation, data) {
    const strikes: StrikeLike[] =
      implementation === "newsgraph"
        ? (data.strikes as { edges: { node: StrikeLike }[] }).edges.map((edge) => edge.node)
        : implementation === "raw"
          ? (data.strikes as StrikeLike[])
          : (data.strikesIn as StrikeLike[]);
    return strikes.map((strike) => ({
      on: strike.on,
      means: strike.means,
      attacker: strike.attacker.id,
      target: strike.target.id,
      containedIn: (strike.target.containedIn ?? []).map((place) => place.id),
    }));
  },
  nonEmpty: (canonical) => (canonical as unknown[]).length > 0,
};

interface ArticleLike {
  id: string;
  title: string;
  statements: StatementLike[];
}

const nestedArticle: Operation = {
  name: "nestedArticle",
  description:
    "three levels: an article, its statements with speaker and mentions, the statements they dispute with their speakers",
  request(implementation, p) {
    if (implementation === "raw") return raw("nestedArticle", { id: p.article });
    const statements = `id kind text speaker { id name } mentions { id name } disputes { id text speaker { id name } }`;
    if (implementation === "newsgraph") {
      return graphql(
        `query Nested($id: ID!) { article(id: $id) { id title statements { ${statements} } } }`,
        {
          id: p.article,
        },
      );
    }
    return graphql(
      `query Nested($id: ID!) { articles(where: { id: { eq: $id } }) {
         id title statements(sort: [{ id: ASC }]) { ${statements} } } }`,
      { id: p.article },
    );
  },
  canonical(implementation, data) {
    const article = (
      implementation === "neo4j-graphql" ? first(data.articles as ArticleLike[]) : data.article
    ) as ArticleLike | undefined;
    if (!article) return null;
    return {
      id: article.id,
      title: article.title,
      statements: byId(
        article.statements.map((statement) => ({
          id: statement.id,
          kind: statement.kind,
          speaker: first(statement.speaker)?.id,
          mentions: ids(statement.mentions),
          disputes: byId(
            (statement.disputes ?? []).map((disputed) => ({
              id: disputed.id,
              speaker: first(disputed.speaker)?.id,
            })),
          ),
        })),
      ),
    };
  },
  nonEmpty: (canonical) => {
    const article = canonical as { statements: { disputes: unknown[] }[] } | null;
    return article !== null && article.statements.some((statement) => statement.disputes.length > 0);
  },
};

export const OPERATIONS: Record<OperationName, Operation> = {
  whoSaid,
  speakerPage,
  neighbourhood,
  strikesInCountry,
  nestedArticle,
};

async function pickOne<Row>(db: Database, name: string, params: Json = {}): Promise<Row> {
  const [row] = await db.read<Row & Json>(cypher(`bench/${name}`), params);
  if (!row) throw new Error(`cypher/bench/${name}.cypher found nothing: is the benchmark graph loaded?`);
  return row;
}

/** Statements in the graph (from the count store). */
export async function statementCount(db: Database): Promise<number> {
  const [row] = await db.read<{ count: number }>(
    "MATCH (statement:Statement) RETURN count(statement) AS count",
  );
  return row.count;
}

/** Picks every operation's parameters from the graph. */
export async function pickParameters(db: Database): Promise<OperationParameters> {
  const statements = await statementCount(db);
  const middle = await pickOne<{ id: string }>(db, "pick-middle-statement", {
    skip: neo4j.int(Math.floor(statements / 2)),
  });
  const quoted = await pickOne<{ id: string; text: string }>(db, "pick-quote", { from: middle.id });
  return {
    quote: quoted.text.split(/\s+/).slice(0, 8).join(" "),
    quoteStatement: quoted.id,
    speaker: (await pickOne<{ id: string }>(db, "pick-speaker")).id,
    entity: (await pickOne<{ id: string }>(db, "pick-entity")).id,
    country: (await pickOne<{ id: string }>(db, "pick-country")).id,
    article: (await pickOne<{ id: string }>(db, "pick-article")).id,
  };
}
