// Entities: by id, by name (resolveEntity), and paged lists with filters.
import neo4j from "neo4j-driver";
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import { EntityType, Label } from "../graph/model";
import { toEntity, type EntityNode, type NodeLike } from "../graph/nodes";
import { candidatesToScore, nameScore, RESOLVE_ENTITY_MIN_SCORE } from "../graph/text-match";
import { InputError } from "../errors";
import { fuzzyNameQuery } from "./fulltext";
import { decodeCursor, fetchLimit, pageSize, toPage, type Page, type PageRequest } from "./pagination";
import {
  containmentChain,
  emptyPlan,
  keyedById,
  nodeProjection,
  nodesByIds,
  pageWithNeighbours,
  readWithNeighbours,
  type ChainItem,
  type Neighbourhood,
  type Prefetch,
  type WithNeighbours,
} from "./prefetch";

export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityNode>> {
  return keyedById(await entitiesWithNeighbours(db, ids));
}

/** Entities by id, each with what `prefetch` plans for it. */
export function entitiesWithNeighbours(
  db: Database,
  ids: readonly string[],
  prefetch?: Prefetch,
): Promise<WithNeighbours<EntityNode>> {
  return nodesByIds(db, cypher("store/entities-by-ids"), "entity", toEntity, ids, prefetch);
}

export interface EntityMatch {
  entity: EntityNode;
  score: number;
  /** What the prefetch planned for the entity (null without one). */
  neighbourhood: Neighbourhood | null;
}

/**
 * Maps what a user typed ("Zelensky", "Ukraine's president", "Moscow") to canonical entities: the
 * full-text index proposes candidates by name and alias, each is scored by its best-matching name,
 * and ties go to the entity that said more.
 */
export async function resolveEntity(
  db: Database,
  name: string,
  type: EntityType | null,
  limit: number,
  prefetch?: Prefetch,
): Promise<EntityMatch[]> {
  if (name.trim() === "") throw new InputError("name", "must not be empty");
  const query = fuzzyNameQuery(name);
  if (query === null) return [];
  const { rows, neighbourhoods } = await readWithNeighbours<{
    entity: NodeLike;
    score: number;
    statements: number;
  }>(
    db,
    cypher("store/resolve-entity-candidates"),
    { query, type, candidates: neo4j.int(candidatesToScore(limit)) },
    "entity",
    prefetch,
  );
  return rows
    .map((row, index) => {
      const entity = toEntity(row.entity);
      const score = Math.max(...[entity.name, ...entity.aliases].map((stored) => nameScore(name, stored)));
      return {
        entity,
        score: Math.round(score * 1000) / 1000,
        statements: row.statements,
        neighbourhood: neighbourhoods[index] ?? null,
      };
    })
    .filter((match) => match.score >= RESOLVE_ENTITY_MIN_SCORE)
    .sort(
      (a, b) => b.score - a.score || b.statements - a.statements || a.entity.id.localeCompare(b.entity.id),
    )
    .slice(0, limit)
    .map(({ entity, score, neighbourhood }) => ({ entity, score, neighbourhood }));
}

export interface EntityFilter {
  type?: EntityType | null;
  /** Case-insensitive part of the name or of an alias. */
  name?: string | null;
  kind?: string | null;
}

// The label is spliced from the EntityType enum, never from input; the name filter is a parameter.
function entityListQuery(type: EntityType | null | undefined, returns: string): string {
  const label = type == null ? "Entity" : EntityType[type];
  return `
    MATCH (entity:${label})
    WHERE ($name IS NULL
           OR toLower(entity.name) CONTAINS $name
           OR any(alias IN entity.aliases WHERE toLower(alias) CONTAINS $name))
      AND ($kind IS NULL OR entity.kind = $kind)
      AND ($after IS NULL OR entity.id > $after)
    ${returns}`;
}

/** A page of entities in id order, each with what `prefetch` plans for it. */
export async function listEntities(
  db: Database,
  filter: EntityFilter,
  page: PageRequest,
  prefetch?: Prefetch,
): Promise<Page<EntityNode> & WithNeighbours<EntityNode>> {
  const size = pageSize(page.first);
  const params = {
    name: filter.name ? filter.name.toLowerCase() : null,
    kind: filter.kind ?? null,
    after: decodeCursor(page.after),
    limit: fetchLimit(size),
  };
  const { rows, neighbourhoods } = await readWithNeighbours<{ entity: NodeLike }>(
    db,
    entityListQuery(
      filter.type,
      `WITH entity ORDER BY entity.id LIMIT $limit\n    RETURN ${nodeProjection("entity", Label.Entity)} AS entity`,
    ),
    params,
    "entity",
    prefetch,
  );
  return pageWithNeighbours(
    toPage(
      rows.map((row) => toEntity(row.entity)),
      size,
      (entity) => entity.id,
    ),
    neighbourhoods,
  );
}

export async function countEntities(db: Database, filter: EntityFilter): Promise<number> {
  const [row] = await db.read<{ total: number }>(
    entityListQuery(filter.type, "RETURN count(entity) AS total"),
    {
      name: filter.name ? filter.name.toLowerCase() : null,
      kind: filter.kind ?? null,
      after: null,
    },
  );
  return row.total;
}

/** For each id, the places it lies in, nearest first. */
export async function containmentChains(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, EntityNode[]>> {
  const rows = await db.read<{ id: string; chain: ChainItem[] }>(
    `UNWIND $ids AS id\nMATCH (node:Entity {id: id})\nRETURN id, ${containmentChain("node", emptyPlan())} AS chain`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((row) => [row.id, row.chain.map((place) => toEntity(place.node))]));
}
