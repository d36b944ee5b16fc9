// GET /explore: the who-said-what explorer, a plain browser page (no bundler) that talks only to
// /graphql. Its files are in public/explore; cytoscape comes from its npm package (no CDN, works
// offline). The page's address holds the selection (?q=, ?entity=, ?statement=), so every
// /explore URL answers with the same HTML and the script renders the view.
import express, { type Router } from "express";
import path from "node:path";
import { PUBLIC_DIR } from "./landing";

export const EXPLORE_DIR = path.join(PUBLIC_DIR, "explore");

const VENDOR_FILES: Record<string, string> = {
  // The UMD build (it defines window.cytoscape); cytoscape's package exports allow resolving it directly.
  "cytoscape.min.js": require.resolve("cytoscape/dist/cytoscape.min.js"),
};

/** Everything the page loads comes from this server; the API is same-origin. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function exploreRouter(): Router {
  const router = express.Router();
  router.get("/explore", (_req, res) => {
    res.set({ "Content-Security-Policy": CONTENT_SECURITY_POLICY, "Cache-Control": "no-cache" });
    res.sendFile(path.join(EXPLORE_DIR, "index.html"));
  });
  router.get("/explore/assets/vendor/:file", (req, res, next) => {
    const file = VENDOR_FILES[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: "1d" });
  });
  // Revalidated on every load (ETag), so an edited script is never served stale.
  router.use(
    "/explore/assets",
    express.static(EXPLORE_DIR, { index: false, cacheControl: true, maxAge: 0, fallthrough: true }),
  );
  return router;
}
