// /guide: the Neo4j Browser guide and style, for `:play http://localhost:4000/guide/newsgraph.html`.
// Browser runs on another origin (the Neo4j server) and asks with pragma/cache-control headers, so
// these two files answer CORS preflights.
import express, { type Router } from "express";
import path from "node:path";
import { CYPHER_DIR } from "../paths";

const GUIDE_FILES: Record<string, { file: string; type: string }> = {
  "newsgraph.html": {
    file: path.join(CYPHER_DIR, "guide", "newsgraph.html"),
    type: "text/html; charset=utf-8",
  },
  "newsgraph.grass": { file: path.join(CYPHER_DIR, "newsgraph.grass"), type: "text/plain; charset=utf-8" },
};

export function guideRouter(): Router {
  const router = express.Router();
  router.use("/guide/:file", (req, res, next) => {
    const entry = GUIDE_FILES[req.params.file];
    if (!entry) return next();
    res.set({
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, OPTIONS",
      "Access-Control-Allow-Headers": "pragma, cache-control",
    });
    if (req.method === "OPTIONS") return void res.sendStatus(204);
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    res.sendFile(entry.file, { headers: { "Content-Type": entry.type } });
  });
  return router;
}
