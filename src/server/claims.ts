// GET /statements/{id}.jsonld: a statement as schema.org JSON-LD (a Claim, and a ClaimReview for each
// statement that disputes or confirms it), for fact-checking tools and search engines. The statement id
// is one URL-encoded path segment (ids contain "/": statement%2Fsome-article%2F1234.jsonld). The route
// shares /graphql's admission control and read budget, and reads at most two queries' worth.
import express, { type RequestHandler, type Router } from "express";
import type { Database } from "../db/database";
import { isDatabaseUnavailable } from "../db/database";
import { claimJsonLdText } from "../graph/claim-jsonld";
import { ID_PREFIX } from "../graph/model";
import { ErrorCode } from "../graphql/error-codes";
import { RETRY_AFTER_SECONDS } from "../graphql/plugins/error-responses";
import { claimRecords } from "../store/claims";
import { receivedAtOf, sendError } from "./http-errors";

const JSONLD_SUFFIX = ".jsonld";

/** Longer than any id the graph writes: a longer one is answered 404 without asking Neo4j. */
const MAX_STATEMENT_ID_LENGTH = 500;

export const JSONLD_CONTENT_TYPE = "application/ld+json; charset=utf-8";

function isStatementId(id: string): boolean {
  return id.startsWith(`${ID_PREFIX.Statement}/`) && id.length <= MAX_STATEMENT_ID_LENGTH;
}

export function claimsRouter(db: Database, publicUrl: string, admission: RequestHandler): Router {
  const router = express.Router();
  // Every path under /statements/ is answered here, so that an id sent with its "/" unencoded (several
  // segments) gets the same JSON 404, with the hint, as an unknown id.
  router.get("/statements/*segments", admission, async (req, res, next) => {
    const segments = [req.params.segments].flat();
    const file = segments.length === 1 ? segments[0] : "";
    const id = file.endsWith(JSONLD_SUFFIX) ? file.slice(0, -JSONLD_SUFFIX.length) : "";
    try {
      const requestDb = db.withCounter({ roundTrips: 0 }, receivedAtOf(res));
      const record = isStatementId(id) ? (await claimRecords(requestDb, [id])).get(id) : undefined;
      if (!record) {
        return sendError(res, {
          status: 404,
          code: ErrorCode.NOT_FOUND,
          message: "No statement has this id (encode the whole id as one path segment: / as %2F).",
          extensions: { field: "id" },
        });
      }
      res.type(JSONLD_CONTENT_TYPE).send(claimJsonLdText(record, publicUrl));
    } catch (error) {
      if (!isDatabaseUnavailable(error)) return next(error);
      sendError(res, {
        status: 503,
        code: ErrorCode.SERVICE_UNAVAILABLE,
        message: `The graph database is unavailable or too slow to answer; retry in ${RETRY_AFTER_SECONDS} s.`,
        headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
      });
    }
  });
  return router;
}
