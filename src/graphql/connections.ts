// The three connection types of the contract, and turning a store Page into a connection value.
import type { Page } from "../store/pagination";
import { connectionTypes, type ConnectionValue } from "./connection.type";
import { Entity } from "./entity.interface";
import { Statement } from "./statement.type";
import { Strike } from "./strike.type";

export const StatementConnection = connectionTypes(Statement, "Statement").Connection;
export const EntityConnection = connectionTypes(Entity, "Entity").Connection;
export const StrikeConnection = connectionTypes(Strike, "Strike").Connection;

export function toConnection<T>(page: Page<T>, totalCount: () => Promise<number>): ConnectionValue<T> {
  return {
    edges: page.items.map((node) => ({ node, cursor: page.cursorOf(node) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount,
  };
}
