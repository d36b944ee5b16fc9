// /guide: the Neo4j Browser guide and style, for `:play http://localhost:4000/guide/newsgraph.html`.
// Browser runs on another origin (the Neo4j server) and fetches with headers of its own (pragma,
// cache-control, sentry-trace, baggage... whatever its version sends), so these two files answer CORS
// preflights allowing whichever headers the preflight asks for: they are public, read-only files, and
// this applies to them only. The guide names this API as http://localhost:4000; served from another
// localhost port, it names the port it was fetched from.
import express, { type Router } from "express";
import { readFileSync } from "node:fs";
import path from "node:path";
import { CYPHER_DIR } from "../paths";

const GUIDE_FILES: Record<string, { file: string; type: string }> = {
  "newsgraph.html": {
    file: path.join(CYPHER_DIR, "guide", "newsgraph.html"),
    type: "text/html; charset=utf-8",
  },
  "newsgraph.grass": { file: path.join(CYPHER_DIR, "newsgraph.grass"), type: "text/plain; charset=utf-8" },
};

const GUIDE_ORIGIN = "http://localhost:4000";
/** A header list as browsers send it in Access-Control-Request-Headers: tokens and commas. */
const HEADER_LIST = /^[\w-]+(\s*,\s*[\w-]+)*$/;
const LOCAL_HOST = /^localhost:\d{1,5}$/;

export function guideRouter(): Router {
  const router = express.Router();
  router.use("/guide/:file", (req, res, next) => {
    const entry = GUIDE_FILES[req.params.file];
    if (!entry) return next();
    const asked = req.get("access-control-request-headers")?.trim() ?? "";
    res.set({
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, OPTIONS",
      "Access-Control-Allow-Headers": HEADER_LIST.test(asked) ? asked : "pragma, cache-control",
      "Access-Control-Max-Age": "600",
      Vary: "Access-Control-Request-Headers",
    });
    if (req.method === "OPTIONS") return void res.sendStatus(204);
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const host = req.get("host") ?? "";
    const text = readFileSync(entry.file, "utf8");
    res.type(entry.type).send(LOCAL_HOST.test(host) ? text.replaceAll(GUIDE_ORIGIN, `http://${host}`) : text);
  });
  return router;
}
