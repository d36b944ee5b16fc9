// API keys: `Authorization: Bearer <key>` compared in constant time with every configured key, and
// failed attempts limited per client address (req.ip: set TRUST_PROXY behind a load balancer). A
// request without a key is an anonymous reader; a request with a wrong key is refused with 401 and
// counted; an address with too many failures is refused with 429 until its window ends.
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { ErrorCode } from "../graphql/error-codes";
import { sendError } from "./http-errors";

/** Failed attempts an address may make per window before it is refused. */
export const MAX_AUTH_FAILURES = 10;
export const AUTH_FAILURE_WINDOW_MS = 10 * 60_000;
/** Addresses remembered at once; the oldest windows are forgotten first. */
const MAX_TRACKED_ADDRESSES = 10_000;

export function bearerKey(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return match?.[1];
}

const digest = (key: string) => createHash("sha256").update(key).digest();

/** Who a key is, for audit records: the start of its digest, which names the key without revealing it. */
export function callerOf(key: string): string {
  return `api-key:${digest(key).toString("hex").slice(0, 12)}`;
}

/** True when `key` is one of `keys`; every key is compared, in time that does not depend on the match. */
export function keyMatcher(keys: string[]): (key: string) => boolean {
  const digests = keys.map(digest);
  return (key) => {
    const candidate = digest(key);
    let matched = false;
    for (const known of digests) matched = timingSafeEqual(candidate, known) || matched;
    return matched;
  };
}

interface Window {
  failures: number;
  endsAt: number;
}

/** Failed authentications per address, in fixed windows. */
export class FailedAuthLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly maxFailures = MAX_AUTH_FAILURES,
    private readonly windowMs = AUTH_FAILURE_WINDOW_MS,
  ) {}

  /** Seconds until `address` may try again, or 0 when it may try now. */
  blockedFor(address: string, now = Date.now()): number {
    const window = this.windows.get(address);
    if (!window || window.endsAt <= now || window.failures < this.maxFailures) return 0;
    return Math.ceil((window.endsAt - now) / 1000);
  }

  recordFailure(address: string, now = Date.now()): void {
    const window = this.windows.get(address);
    if (window && window.endsAt > now) {
      window.failures += 1;
      return;
    }
    this.windows.delete(address);
    if (this.windows.size >= MAX_TRACKED_ADDRESSES) this.forgetExpired(now);
    this.windows.set(address, { failures: 1, endsAt: now + this.windowMs });
  }

  private forgetExpired(now: number): void {
    for (const [address, window] of this.windows) {
      if (window.endsAt <= now) this.windows.delete(address);
    }
    // Still full: forget the oldest windows (a Map iterates in insertion order).
    for (const address of this.windows.keys()) {
      if (this.windows.size < MAX_TRACKED_ADDRESSES) break;
      this.windows.delete(address);
    }
  }
}

/** Sets res.locals.authenticated (and res.locals.caller, the key's identity); refuses wrong keys (401) and addresses that failed too often (429). */
export function apiKeyAuth(keys: string[], limiter = new FailedAuthLimiter()): RequestHandler {
  const isKey = keyMatcher(keys);
  return (req, res, next) => {
    const header = req.get("authorization");
    res.locals.authenticated = false;
    if (header === undefined) return next();
    const address = req.ip ?? "unknown";
    const wait = limiter.blockedFor(address);
    if (wait > 0) {
      return sendError(res, {
        status: 429,
        code: ErrorCode.RATE_LIMITED,
        message: `Too many failed authentications from this address; retry in ${wait} s.`,
        headers: { "Retry-After": String(wait) },
      });
    }
    const key = bearerKey(header);
    if (key !== undefined && isKey(key)) {
      res.locals.authenticated = true;
      res.locals.caller = callerOf(key);
      return next();
    }
    limiter.recordFailure(address);
    sendError(res, {
      status: 401,
      code: ErrorCode.UNAUTHENTICATED,
      message: "The API key is not valid (send Authorization: Bearer <key>, a key from API_KEYS).",
      headers: { "WWW-Authenticate": "Bearer" },
    });
  };
}
