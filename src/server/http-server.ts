// The HTTP server's timeouts, the same for `npm start`, the tests and the soak: idle keep-alive
// connections outlive a load balancer's (60 s on AWS ALB and most others), so that the balancer,
// not this server, closes them and never sends a request onto a socket this server is closing; and
// a client has a bounded time to send its headers and its whole request (slow clients cannot hold
// sockets open forever).
import type { Server } from "node:http";

export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
export const HEADERS_TIMEOUT_MS = 20_000;
export const REQUEST_TIMEOUT_MS = 30_000;

export function configureHttpServer(server: Server): Server {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  return server;
}
