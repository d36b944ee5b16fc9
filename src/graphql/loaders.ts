// Per-request DataLoaders: every field that needs more data batches its ids into one Cypher query per
// field and page, so a page of 50 statements costs the same round trips as a page of 5.
import DataLoader from "dataloader";
import type { Database } from "../db/database";
import type { ArticleNode, EntityNode, StatementNode } from "../graph/nodes";
import { articlesByIds } from "../store/articles";
import { containmentChains, entitiesByIds } from "../store/entities";
import { neighbours, type Hop, type Neighbour } from "../store/related";
import { statementsByIds } from "../store/statements";

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
  private readonly hops = new Map<string, DataLoader<string, Neighbour[]>>();

  constructor(private readonly db: Database) {
    this.entity = byId((ids) => entitiesByIds(db, ids));
    this.statement = byId((ids) => statementsByIds(db, ids));
    this.article = byId((ids) => articlesByIds(db, ids));
    this.containedIn = new DataLoader(async (ids) => {
      const chains = await containmentChains(db, ids);
      return ids.map((id) => chains.get(id) ?? []);
    });
  }

  /** The loader for one kind of hop (type, direction, end labels), created on first use. */
  related(hop: Hop): DataLoader<string, Neighbour[]> {
    const key = `${hop.type}/${hop.direction}/${hop.fromLabel}/${hop.toLabel}`;
    let loader = this.hops.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await neighbours(this.db, hop, ids);
        return ids.map((id) => found.get(id) ?? []);
      });
      this.hops.set(key, loader);
    }
    return loader;
  }
}
