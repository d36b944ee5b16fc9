// The change feed: a paged query, and the statementAdded subscription that follows it (over WebSocket,
// src/server/subscriptions.ts). Subscribing needs an API key, like a mutation.
import { validate } from "class-validator";
import { GraphQLError } from "graphql";
import { Arg, ArgumentValidationError, Ctx, Int, Query, Resolver, Root, Subscription } from "type-graphql";
import type { StatementNode } from "../graph/nodes";
import { changeCursor, changePosition, changesAfter, readChanges } from "../store/changes";
import type { StatementEvent } from "../store/feed-tail";
import { ChangeConnection } from "./change.type";
import { ChangeFilter } from "./change-filter.input";
import { renewForEvent, type GraphQLContext } from "./context";
import { ErrorCode } from "./error-codes";
import { StatementAddedFilter } from "./statement-added-filter.input";
import { StatementAdded } from "./statement-added.type";

interface StatementAddedArgs {
  filter?: StatementAddedFilter | null;
  after?: string | null;
}

/** type-graphql validates a subscription's arguments per event; a bad filter is refused before the first. */
async function checkFilter(filter: StatementAddedFilter | null | undefined): Promise<StatementAddedFilter> {
  const instance = Object.assign(new StatementAddedFilter(), filter ?? {});
  const errors = await validate(instance, { forbidUnknownValues: false });
  if (errors.length > 0) throw new ArgumentValidationError(errors);
  return instance;
}

/** Follows the feed from `after` (from now when absent) until the client completes or disconnects. */
async function subscribeToStatements(args: StatementAddedArgs, context: GraphQLContext) {
  if (!context.authenticated) {
    throw new GraphQLError(
      'Subscriptions need an API key: send { authorization: "Bearer <key>" } in connection_init.',
      {
        extensions: { code: ErrorCode.UNAUTHENTICATED },
      },
    );
  }
  const { feed } = context;
  if (!feed) {
    throw new GraphQLError("Subscriptions are served over WebSocket (graphql-ws) at /graphql.", {
      extensions: { code: ErrorCode.BAD_REQUEST },
    });
  }
  const filter = await checkFilter(args.filter);
  const after = changePosition(args.after);
  // An expired cursor is refused now, with its code, rather than ending the subscription later.
  const from = after === null ? await feed.head() : (await changesAfter(context.db, after, "after", 1)).from;
  const controller = new AbortController();
  const events = feed.statementsAdded(filter, from, controller.signal);
  const iterator: AsyncIterableIterator<StatementEvent> = {
    next: () => events.next(),
    return: async () => {
      controller.abort();
      return events.return(undefined);
    },
    throw: async (error: unknown) => {
      controller.abort();
      return events.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}

@Resolver()
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      "Everything written to the graph, in commit order, from the oldest entry kept (or `after` a cursor). " +
      "Each page looks at no more than 500 entries, so a narrow filter may return an empty page with " +
      "hasNextPage true: go on from its endCursor. A cursor from before pruned entries is CURSOR_EXPIRED.",
  })
  async changes(
    @Ctx() { db }: GraphQLContext,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("filter", () => ChangeFilter, { nullable: true }) filter?: ChangeFilter,
  ): Promise<ChangeConnection> {
    const page = await readChanges(db, { after, first, filter });
    return {
      edges: page.items.map((node) => ({ node, cursor: changeCursor(node.seq) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      latestCursor: page.latestCursor,
    };
  }

  @Subscription(() => StatementAdded, {
    description:
      "Each statement committed from now on (or `after` a cursor: resumes without a loss or a repeat), " +
      "through any replica of the API. Needs an API key in connection_init.",
    subscribe: ({ args, context }) =>
      subscribeToStatements(args as StatementAddedArgs, context as GraphQLContext),
  })
  statementAdded(
    @Root() event: StatementEvent,
    @Ctx() ctx: GraphQLContext,
    @Arg("filter", () => StatementAddedFilter, { nullable: true }) _filter?: StatementAddedFilter,
    @Arg("after", () => String, { nullable: true }) _after?: string,
  ): { statement: StatementNode; cursor: string } {
    renewForEvent(ctx);
    return { statement: event.statement, cursor: changeCursor(event.position) };
  }
}
