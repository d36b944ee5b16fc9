// Admission control for /graphql: at most `maxInFlight` requests run at once, at most `maxQueued` wait
// for a turn, each for at most `maxWaitMs`; anything beyond is answered at once with 503 and
// Retry-After, so that under any load an answer comes within a bounded time and the server (and
// /health, which does not pass here) stays responsive. How many run at once adapts (additive
// increase, multiplicative decrease): a run slower than TARGET_RUN_MS lets fewer in, a faster one
// lets one more in by degrees, so that a starved machine finishes what it admits instead of timing
// everything out.
import type { RequestHandler, Response } from "express";
import { ErrorCode } from "../graphql/error-codes";
import { RETRY_AFTER_SECONDS } from "../graphql/plugins/error-responses";
import { sendError } from "./http-errors";

export interface AdmissionLimits {
  maxInFlight: number;
  maxQueued: number;
  maxWaitMs: number;
}

/** A request that runs longer than this, from its turn to its answer, lowers how many run at once. */
export const TARGET_RUN_MS = 1_000;

function refuse(res: Response, reason: string): void {
  sendError(res, {
    status: 503,
    code: ErrorCode.SERVICE_UNAVAILABLE,
    message: `The API is at capacity (${reason}); retry in ${RETRY_AFTER_SECONDS} s.`,
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
  });
}

export function admissionControl(limits: AdmissionLimits): RequestHandler {
  let inFlight = 0;
  /** How many may run at once now: between 1 and maxInFlight. */
  let allowed = limits.maxInFlight;
  const waiting: (() => void)[] = [];
  const hasRoom = () => inFlight < Math.floor(allowed);

  const admitWaiting = () => {
    while (waiting.length > 0 && hasRoom()) waiting.shift()?.();
  };

  return (_req, res, next) => {
    const run = () => {
      inFlight += 1;
      const admittedAt = Date.now();
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        inFlight -= 1;
        allowed =
          Date.now() - admittedAt > TARGET_RUN_MS
            ? Math.max(1, allowed * 0.9)
            : Math.min(limits.maxInFlight, allowed + 1 / allowed);
        admitWaiting();
      };
      res.once("finish", release);
      res.once("close", release);
      next();
    };
    if (hasRoom() && waiting.length === 0) return run();
    if (waiting.length >= limits.maxQueued) return refuse(res, "too many requests waiting");

    const leaveQueue = () => {
      clearTimeout(timer);
      const index = waiting.indexOf(turn);
      if (index >= 0) waiting.splice(index, 1);
    };
    const turn = () => {
      leaveQueue();
      res.off("close", leaveQueue);
      run();
    };
    const timer = setTimeout(() => {
      leaveQueue();
      refuse(res, `no turn within ${limits.maxWaitMs} ms`);
    }, limits.maxWaitMs);
    waiting.push(turn);
    // A client that gives up while waiting leaves the queue.
    res.once("close", leaveQueue);
  };
}
