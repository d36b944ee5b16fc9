// GET /: GraphiQL, self-hosted from the graphiql, react and react-dom npm packages (works offline),
// pre-filled with the example who-said-what operations.
import express, { type Router } from "express";
import path from "node:path";
import { EXAMPLE_OPERATIONS } from "../graphql/examples";
import { PROJECT_ROOT } from "../paths";

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const VENDOR_FILES: Record<string, string> = {
  "react.js": packageFile("react", "umd/react.production.min.js"),
  "react-dom.js": packageFile("react-dom", "umd/react-dom.production.min.js"),
  "graphiql.js": packageFile("graphiql", "graphiql.min.js"),
  "graphiql.css": packageFile("graphiql", "graphiql.min.css"),
};

export const PUBLIC_DIR = path.join(PROJECT_ROOT, "src", "server", "public");

/** JSON inside a <script type="application/json">: "<" escaped so no text can close the tag. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

function landingHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Newsgraph — GraphQL</title>
  <link rel="stylesheet" href="/assets/vendor/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; } body { font-family: system-ui, sans-serif; }
    .ng-bar { position: fixed; right: 12px; bottom: 8px; z-index: 10; font-size: 12px; color: #666; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <div class="ng-bar">Newsgraph · <a href="/explore">explorer</a> · <a href="/health">health</a> ·
    mutations need <code>Authorization: Bearer &lt;API key&gt;</code> in Headers</div>
  <script id="examples" type="application/json">${embedJson(EXAMPLE_OPERATIONS)}</script>
  <script src="/assets/vendor/react.js"></script>
  <script src="/assets/vendor/react-dom.js"></script>
  <script src="/assets/vendor/graphiql.js"></script>
  <script src="/assets/landing.js"></script>
</body>
</html>
`;
}

export function landingRouter(): Router {
  const router = express.Router();
  const html = landingHtml();
  router.get("/", (_req, res) => {
    res.type("html").send(html);
  });
  router.get("/assets/vendor/:file", (req, res, next) => {
    const file = VENDOR_FILES[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: "1d" });
  });
  router.use("/assets", express.static(PUBLIC_DIR, { maxAge: "1h", index: false }));
  return router;
}
