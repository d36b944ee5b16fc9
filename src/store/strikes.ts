// Strikes: who struck what, where and when, paged and filtered.
import type { Relationship } from "neo4j-driver";
import { cypher } from "../db/cypher";
import type { Database } from "../db/database";
import { isPartialDate } from "../graph/dates";
import { toStrike, type StrikeLink } from "../graph/nodes";
import { InputError } from "../errors";
import { decodeCursor, fetchLimit, pageSize, toPage, type Page, type PageRequest } from "./pagination";

export interface StrikeFilter {
  attacker?: string | null;
  target?: string | null;
  /** A place id: strikes on it or on anything located in it, at any depth. */
  place?: string | null;
  onFrom?: string | null;
  onUntil?: string | null;
}

function strikeParams(filter: StrikeFilter): Record<string, unknown> {
  for (const field of ["onFrom", "onUntil"] as const) {
    const value = filter[field];
    if (value != null && !isPartialDate(value))
      throw new InputError(field, "must be a date YYYY, YYYY-MM or YYYY-MM-DD");
  }
  return {
    attacker: filter.attacker ?? null,
    target: filter.target ?? null,
    place: filter.place ?? null,
    onFrom: filter.onFrom ?? null,
    onUntil: filter.onUntil ?? null,
  };
}

export async function listStrikes(
  db: Database,
  filter: StrikeFilter,
  page: PageRequest,
): Promise<Page<StrikeLink>> {
  const size = pageSize(page.first);
  const rows = await db.read<{ attackerId: string; strike: Relationship; targetId: string }>(
    cypher("store/strikes"),
    {
      ...strikeParams(filter),
      after: decodeCursor(page.after),
      limit: fetchLimit(size),
    },
  );
  return toPage(
    rows.map((row) => toStrike(row.strike, row.attackerId, row.targetId)),
    size,
    (strike) => strike.id,
  );
}

export async function countStrikes(db: Database, filter: StrikeFilter): Promise<number> {
  const [row] = await db.read<{ total: number }>(cypher("store/strikes-count"), strikeParams(filter));
  return row.total;
}
