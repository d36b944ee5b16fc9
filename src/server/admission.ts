// Admission control for /graphql: at most `maxInFlight` requests run at once, at most `maxQueued` wait
// for a turn, each for at most `maxWaitMs`; anything beyond is answered at once with 503 and
// Retry-After, so that under any load an answer comes within a bounded time and the server (and
// /health, which does not pass here) stays responsive.
import type { RequestHandler, Response } from "express";
import { ErrorCode } from "../graphql/error-codes";
import { sendError } from "./http-errors";

export interface AdmissionLimits {
  maxInFlight: number;
  maxQueued: number;
  maxWaitMs: number;
}

const RETRY_AFTER_SECONDS = 1;

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
  const waiting: (() => void)[] = [];

  const admitNext = () => {
    const next = waiting.shift();
    if (next) next();
  };

  return (_req, res, next) => {
    const run = () => {
      inFlight += 1;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        inFlight -= 1;
        admitNext();
      };
      res.once("finish", release);
      res.once("close", release);
      next();
    };
    if (inFlight < limits.maxInFlight) return run();
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
