// End to end: the real Neo4j Browser, served by the test Neo4j, plays the guide this API serves.
// Browser runs on the Neo4j server's origin and fetches the guide and the style from the API's
// (http://localhost:<port>) with headers of its own, so this is where CORS either works or does not.
// Browser sends a sentry-trace header when its usage reporting is on; the page sends one here on
// every request, so the guide's preflight must allow it (without that, :play shows "Not found").
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { CYPHER_DIR, PROJECT_ROOT } from "../../src/paths";
import { startTestApi, type TestApi } from "../support/api";
import { launchChromium } from "../support/browser";
import { TEST_SERVER } from "../support/test-server";

jest.setTimeout(180000);

const ARTIFACTS = path.join(PROJECT_ROOT, "test-artifacts", "neo4j-browser");

/** Diameter and fill of each label's rule in cypher/newsgraph.grass. */
function grassNodeRules(): Map<string, { diameter: number; color: string }> {
  const grass = readFileSync(path.join(CYPHER_DIR, "newsgraph.grass"), "utf8");
  const rules = new Map<string, { diameter: number; color: string }>();
  for (const [, label, body] of grass.matchAll(/^node\.(\w+)\s*\{([^}]*)\}/gm)) {
    const diameter = Number(/^\s*diameter:\s*(\d+)px;/m.exec(body)?.[1]);
    const color = /^\s*color:\s*(#[0-9A-F]{6});/im.exec(body)?.[1] ?? "";
    rules.set(label, { diameter, color: color.toUpperCase() });
  }
  return rules;
}

let api: TestApi;
let browser: Browser;
let page: Page;
let guideOrigin: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  api = await startTestApi();
  // Browser fetches guides only from hosts on its whitelist, which holds localhost (not 127.0.0.1).
  guideOrigin = api.url.replace("127.0.0.1", "localhost");
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.setExtraHTTPHeaders({ "sentry-trace": "0123456789abcdef0123456789abcdef-0123456789abcdef-1" });
  await page.goto(`http://127.0.0.1:${TEST_SERVER.httpPort}/browser/`);
  await page.getByTestId("boltaddress").waitFor();
  await page.getByTestId("bolt-scheme-select").selectOption("bolt://");
  await page.getByTestId("boltaddress").fill(`127.0.0.1:${TEST_SERVER.boltPort}`);
  await page.getByTestId("username").fill("neo4j");
  await page.getByTestId("password").fill(TEST_SERVER.password);
  await page.getByTestId("connect").click();
  await page.getByTestId("disconnectedBanner").waitFor({ state: "detached" });
});

afterEach(async () => {
  const name = expect.getState().currentTestName ?? "test";
  await page.screenshot({ path: path.join(ARTIFACTS, `${name.replace(/\W+/g, "-")}.png`) });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

/** The newest frame Browser opened for `command` (its first line). */
function frameOf(command: string): Locator {
  const title = page.getByTestId("frameCommand").filter({ hasText: command });
  return page.getByTestId("frame").filter({ has: title }).first();
}

/** Runs what is in Browser's editor (typed or put there by a click in the guide). */
async function runEditor(): Promise<void> {
  await page.getByTestId("editor-Run").click();
}

async function play(): Promise<Locator> {
  const command = `:play ${guideOrigin}/guide/newsgraph.html`;
  await page.getByTestId("activeEditor").click();
  await page.keyboard.insertText(command);
  await runEditor();
  return frameOf(command);
}

describe("Neo4j Browser, connected to the test Neo4j", () => {
  it(":play shows the guide's first slide", async () => {
    const guide = await play();
    await guide.getByText("A knowledge graph of the news: who said what").waitFor({ timeout: 20000 });
    expect(await guide.innerText()).not.toMatch(/No guide by that name/);
  });

  it("loads the style from the guide's first query, and the guide's saved query draws a graph in it", async () => {
    const rules = grassNodeRules();
    await page.getByTestId("activeEditor").click();
    await page.keyboard.insertText(":style reset");
    await runEditor();

    const guide = await play();
    // The guide names the API at the port it was fetched from; a click puts the command in the editor.
    const style = `:style ${guideOrigin}/guide/newsgraph.grass`;
    await guide.getByText(style).click();
    await runEditor();
    await frameOf(style).getByText("node.Person").first().waitFor({ timeout: 20000 });

    await guide.getByTestId("nextSlide").click();
    const saved = "MATCH path = (:Person)-[:HOLDS_ROLE]->(:Organization)";
    await guide.getByText(saved).click();
    await runEditor();
    const circles = frameOf(saved).locator("svg g.node circle.b-outline");
    await circles.nth(1).waitFor({ timeout: 20000 });
    const drawn = await circles.evaluateAll((nodes) =>
      nodes.map((node) => ({
        diameter: 2 * Number(node.getAttribute("r")),
        color: (node.getAttribute("fill") ?? "").toUpperCase(),
      })),
    );
    // Browser's default style draws every node 50 px wide; the Newsgraph style sizes each label its own way.
    expect(new Set(drawn.map((node) => JSON.stringify(node)))).toEqual(
      new Set([JSON.stringify(rules.get("Person")), JSON.stringify(rules.get("Organization"))]),
    );
  });
});
