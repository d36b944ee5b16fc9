// Relay-style pages: opaque cursors over a stable sort key (the node id), fetching one extra row to
// know whether another page follows.
import neo4j, { type Integer } from "neo4j-driver";
import { InputError } from "../errors";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  /** Cursor of the last item, or null on an empty page. */
  endCursor: string | null;
  cursorOf(item: T): string;
}

export function encodeCursor(key: string): string {
  return Buffer.from(`ng1:${key}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith("ng1:") || encodeCursor(decoded.slice(4)) !== cursor) {
    throw new InputError("after", "is not a cursor returned by this API");
  }
  return decoded.slice(4);
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InputError("first", `must be an integer from 0 to ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** The LIMIT that fetches a page and one row more (a Cypher integer: JavaScript numbers travel as floats). */
export function fetchLimit(size: number): Integer {
  return neo4j.int(size + 1);
}

/** Builds a page from rows fetched with LIMIT fetchLimit(size). */
export function toPage<T>(rows: T[], size: number, keyOf: (item: T) => string): Page<T> {
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  const cursorOf = (item: T) => encodeCursor(keyOf(item));
  return {
    items,
    hasNextPage: rows.length > size,
    endCursor: last === undefined ? null : cursorOf(last),
    cursorOf,
  };
}
