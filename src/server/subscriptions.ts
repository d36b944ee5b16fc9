// GraphQL subscriptions over WebSocket (the graphql-ws protocol, as Apollo Server documents it) on the
// HTTP server's own port and path, /graphql. connection_init's payload carries the API key
// ({ authorization: "Bearer <key>" }): a wrong key closes the socket (4403) and counts as a failed
// attempt like on HTTP; no key connects anonymously, and subscribing then answers UNAUTHENTICATED.
// Only subscriptions travel here (queries and mutations go over HTTP, through admission control);
// each is bounded in size and shape like an HTTP document, and in number per connection and per process.
import type { Server } from "node:http";
import {
  GraphQLError,
  parse,
  validate,
  getOperationAST,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import type { Context as WsContext } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { createContext } from "../graphql/context";
import { ErrorCode } from "../graphql/error-codes";
import { checkDocumentSize, checkQueryShape } from "../graphql/plugins/query-limits";
import { formatError } from "../graphql/plugins/format-error";
import { introspectionSizes } from "../graphql/query-shape";
import type { Logger } from "../logger";
import { FeedTail } from "../store/feed-tail";
import { bearerKey, FailedAuthLimiter, keyMatcher } from "./auth";

export const SUBSCRIPTIONS_PATH = "/graphql";

export interface Subscriptions {
  /** Completes every subscription and closes every socket; a second call waits for the first. */
  close(): Promise<void>;
}

interface ConnectionState {
  authenticated: boolean;
  address: string;
}

function refusal(code: ErrorCode, message: string): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

/** The API key in connection_init's payload: `authorization: "Bearer <key>"`. */
function keyOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined | null {
  const header = params?.authorization ?? params?.Authorization;
  if (header === undefined) return undefined;
  return typeof header === "string" ? (bearerKey(header) ?? null) : null;
}

export function attachSubscriptions(
  server: Server,
  options: { schema: GraphQLSchema; config: Config; db: Database; log: Logger; limiter?: FailedAuthLimiter },
): Subscriptions {
  const { schema, config, db, log } = options;
  const limiter = options.limiter ?? new FailedAuthLimiter();
  const isKey = keyMatcher(config.apiKeys);
  const sizes = introspectionSizes(schema);
  const format = formatError(config.nodeEnv === "production");
  const feed = new FeedTail(db, config.feedPollMs);
  const connections = new Map<WsContext, ConnectionState>();
  const activeSubscriptions = () =>
    [...connections.keys()].reduce((sum, ctx) => sum + Object.keys(ctx.subscriptions).length, 0);
  const formatAll = (errors: readonly GraphQLError[]) => errors.map((error) => format(error.toJSON(), error));

  const wsServer = new WebSocketServer({ server, path: SUBSCRIPTIONS_PATH });
  const cleanup = useServer(
    {
      schema,
      onConnect(ctx) {
        const address = ctx.extra.request.socket.remoteAddress ?? "unknown";
        if (limiter.blockedFor(address) > 0) return false;
        const key = keyOf(ctx.connectionParams);
        if (key === undefined) {
          connections.set(ctx, { authenticated: false, address });
          return true;
        }
        if (key === null || !isKey(key)) {
          limiter.recordFailure(address);
          log.info({ address }, "WebSocket connection refused: the API key is not valid");
          return false;
        }
        connections.set(ctx, { authenticated: true, address });
        return true;
      },
      onClose(ctx) {
        connections.delete(ctx);
      },
      onSubscribe(ctx, _id, payload) {
        const tooLarge = checkDocumentSize(payload.query);
        if (tooLarge) return [tooLarge];
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const shape = checkQueryShape(document, payload.operationName, sizes);
        if (shape) return [shape];
        const invalid = validate(schema, document);
        if (invalid.length > 0) return invalid;
        if (getOperationAST(document, payload.operationName)?.operation !== "subscription") {
          return refusal(
            ErrorCode.BAD_REQUEST,
            "Only subscriptions go over WebSocket: send queries and mutations to POST /graphql.",
          );
        }
        if (Object.keys(ctx.subscriptions).length > config.maxSubscriptionsPerConnection) {
          return refusal(
            ErrorCode.TOO_MANY_SUBSCRIPTIONS,
            `A connection may hold ${config.maxSubscriptionsPerConnection} subscriptions at once (MAX_SUBSCRIPTIONS_PER_CONNECTION).`,
          );
        }
        if (activeSubscriptions() > config.maxSubscriptions) {
          return refusal(
            ErrorCode.TOO_MANY_SUBSCRIPTIONS,
            `This server holds ${config.maxSubscriptions} subscriptions, its limit (MAX_SUBSCRIPTIONS); try another replica or later.`,
          );
        }
        const state = connections.get(ctx);
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: {
            ...createContext(db, state?.authenticated === true, false, `ws-${_id}`),
            feed,
          },
        };
      },
      onNext(_ctx, _id, _payload, _args, result) {
        return result.errors ? { ...result, errors: formatAll(result.errors) } : undefined;
      },
      onError(_ctx, _id, _payload, errors) {
        return formatAll(errors);
      },
    },
    wsServer,
  );
  let closing: Promise<void> | undefined;
  const close = async () => {
    feed.close();
    await cleanup.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
  return {
    close: () => (closing ??= close()),
  };
}
