// Per-request DataLoaders: every field that needs more data batches its ids, and the list fields of one
// level of nesting share one Cypher query, so a page of 50 statements costs the same round trips as a
// page of 5.
import DataLoader from "dataloader";
import { appendTo } from "../collections";
import type { Database } from "../db/database";
import { hopKey, type Hop } from "../graph/hops";
import { Label } from "../graph/model";
import {
  toArticle,
  toEntity,
  toStatement,
  type ArticleNode,
  type EntityNode,
  type NodeLike,
  type StatementNode,
} from "../graph/nodes";
import type { ClaimRecord } from "../graph/claim-jsonld";
import { articlesByIds } from "../store/articles";
import { claimRecords } from "../store/claims";
import { containmentChains, entitiesByIds } from "../store/entities";
import type { LinkEnds, Neighbourhood, PrefetchedUtterance } from "../store/prefetch";
import { neighbours, type Neighbour } from "../store/related";
import { statementsByIds } from "../store/statements";
import { utterancesByIds, utterancesOfStatements } from "../store/utterances";
import { REPORT_NODES, type ReportNodeLabel, type UtteranceNode } from "../graph/utterance";

function byId<T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

export class Loaders {
  readonly entity: DataLoader<string, EntityNode | null>;
  readonly statement: DataLoader<string, StatementNode | null>;
  readonly article: DataLoader<string, ArticleNode | null>;
  readonly containedIn: DataLoader<string, EntityNode[]>;
  /** The utterance of a statement, by the statement's id. */
  readonly utteranceOfStatement: DataLoader<string, UtteranceNode | null>;
  readonly utterance: DataLoader<string, UtteranceNode | null>;
  /** Statements as schema.org Claims (Statement.claimJsonLd): a page of them in one batch. */
  readonly claim: DataLoader<string, ClaimRecord | null>;
  /** Keys are `<hop key>|<node id>`: one batch holds every hop asked for in the same tick. */
  private readonly hops: DataLoader<string, Neighbour[]>;
  private readonly hopsByKey = new Map<string, Hop>();

  constructor(private readonly db: Database) {
    this.entity = byId((ids) => entitiesByIds(db, ids));
    this.statement = byId((ids) => statementsByIds(db, ids));
    this.article = byId((ids) => articlesByIds(db, ids));
    this.utteranceOfStatement = byId((ids) => utterancesOfStatements(db, ids));
    this.utterance = byId((ids) => utterancesByIds(db, ids));
    this.claim = byId((ids) => claimRecords(db, ids));
    this.hops = new DataLoader(async (keys) => {
      const idsByHop = new Map<string, string[]>();
      for (const key of keys) {
        const [hop, id] = splitKey(key);
        appendTo(idsByHop, hop, id);
      }
      const found = await neighbours(
        db,
        [...idsByHop].map(([hop, ids]) => ({ hop: this.hopsByKey.get(hop)!, ids })),
      );
      return keys.map((key) => {
        const [hop, id] = splitKey(key);
        return found.get(hop)?.get(id) ?? [];
      });
    });
    this.containedIn = new DataLoader(async (ids) => {
      const chains = await containmentChains(db, ids);
      return ids.map((id) => chains.get(id) ?? []);
    });
  }

  /** A node an utterance's report names by id: a statement, its speaker, its article. */
  reported(label: ReportNodeLabel, id: string): Promise<EntityNode | StatementNode | ArticleNode | null> {
    if (label === Label.Entity) return this.entity.load(id);
    return label === Label.Statement ? this.statement.load(id) : this.article.load(id);
  }

  /** The neighbours of one node through one hop, batched with every other hop of the same tick. */
  related(hop: Hop, id: string): Promise<Neighbour[]> {
    const key = hopKey(hop);
    this.hopsByKey.set(key, hop);
    return this.hops.load(`${key}|${id}`);
  }

  /**
   * Takes what a root query prefetched about its nodes (src/graphql/prefetch.ts) into the loaders, where
   * the field resolvers will find it: the same answers, keyed as they would have asked for them.
   */
  prime(neighbourhoods: readonly (Neighbourhood | null)[]): void {
    for (const neighbourhood of neighbourhoods) if (neighbourhood) this.primeNeighbourhood(neighbourhood);
  }

  /** Takes prefetched links' two ends (a strike's attacker and target) and what was fetched about them. */
  primeLinkEnds(ends: readonly LinkEnds[]): void {
    for (const link of ends) {
      this.primeEntity(link.from);
      this.primeEntity(link.to);
      if (link.fromNeighbourhood) this.primeNeighbourhood(link.fromNeighbourhood);
      if (link.toNeighbourhood) this.primeNeighbourhood(link.toNeighbourhood);
    }
  }

  private primeNeighbourhood({ id, hops, chain, utterance }: Neighbourhood): void {
    if (utterance) this.primeUtterance(id, utterance);
    for (const { hop, neighbours: reached } of hops) {
      const key = hopKey(hop);
      this.hopsByKey.set(key, hop);
      this.hops.prime(
        `${key}|${id}`,
        reached.map(({ neighbour }) => neighbour),
      );
      for (const { neighbour, next } of reached) {
        this.primeEntity(neighbour.node);
        if (next) this.primeNeighbourhood(next);
      }
    }
    if (chain) {
      this.containedIn.prime(
        id,
        chain.map((place) => toEntity(place.node)),
      );
      for (const place of chain) if (place.next) this.primeNeighbourhood(place.next);
    }
  }

  /**
   * A statement's utterance is every report's utterance too; each node a report names is primed, or
   * primed as missing when the plan fetched its field and found none (a deleted matched statement).
   */
  private primeUtterance(statementId: string, { utterance, nodes }: PrefetchedUtterance): void {
    this.utteranceOfStatement.prime(statementId, utterance);
    if (!utterance) return;
    for (const report of utterance.reports) this.utteranceOfStatement.prime(report.statementId, utterance);
    for (const { key, found } of nodes) {
      const byId = new Map(found.map((reached) => [String(reached.node.properties.id), reached.node]));
      for (const report of utterance.reports) {
        const id = report[key];
        if (id !== null) this.primeReported(REPORT_NODES[key], id, byId.get(id) ?? null);
      }
      for (const reached of found) if (reached.next) this.primeNeighbourhood(reached.next);
    }
  }

  private primeReported(label: ReportNodeLabel, id: string, node: NodeLike | null): void {
    if (label === Label.Entity) this.entity.prime(id, node && toEntity(node));
    else if (label === Label.Statement) this.statement.prime(id, node && toStatement(node));
    else this.article.prime(id, node && toArticle(node));
  }

  /** Relationship ends (a strike's target, a role's organization) are read through the entity loader. */
  private primeEntity(node: NodeLike): void {
    if (node.labels.includes(Label.Entity)) this.entity.prime(String(node.properties.id), toEntity(node));
  }
}

function splitKey(key: string): [string, string] {
  const bar = key.indexOf("|");
  return [key.slice(0, bar), key.slice(bar + 1)];
}
