// End to end: the who-said-what explorer (/explore) in headless Chromium over the seeded test graph.
// Every page is watched: a request that leaves this API, a console error or an uncaught exception
// fails the test that caused it. Screenshots go to test-artifacts/explore/ (git-ignored).
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CYPHER_DIR, PROJECT_ROOT } from "../../src/paths";
import { startTestApi, type TestApi } from "../support/api";
import { launchChromium } from "../support/browser";

jest.setTimeout(120000);

const ARTIFACTS = path.join(PROJECT_ROOT, "test-artifacts", "explore");
const TYKHYI_QUOTE = "Moscow has no say here";
const TYKHYI_STATEMENT = "statement/kyiv-independent-2025-01-24/tykhyi-moscow-has-no-say";

interface Session {
  context: BrowserContext;
  page: Page;
  requests: string[];
  problems: string[];
}

let api: TestApi;
let browser: Browser;
let sessions: Session[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  api = await startTestApi();
  browser = await launchChromium();
});

afterEach(async () => {
  const finished = sessions;
  sessions = [];
  for (const session of finished) await session.context.close();
  expect(finished.flatMap((session) => session.problems)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

/** A fresh page that records every request and every console error or page error. */
async function openPage(viewport = { width: 1280, height: 900 }): Promise<Session> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const session: Session = { context, page, requests: [], problems: [] };
  page.on("request", (request) => {
    session.requests.push(request.url());
    if (!request.url().startsWith(`${api.url}/`))
      session.problems.push(`request left the API: ${request.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") session.problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => session.problems.push(`page error: ${error.message}`));
  sessions.push(session);
  return session;
}

function explore(query = ""): string {
  return `${api.url}/explore${query}`;
}

function searchParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/**
 * Polls a browser-side expression until it is truthy. (page.waitForFunction evaluates a string with
 * eval in the page, which the explorer's Content-Security-Policy rightly refuses.)
 */
async function until(page: Page, expression: string, timeout = 15000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate<unknown>(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function nextFrames(page: Page): Promise<void> {
  await page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function heading(page: Page): Promise<string> {
  const h1 = page.locator("#view h1");
  await h1.waitFor();
  return ((await h1.textContent()) ?? "").trim();
}

/** Waits until the entity view shows `name` (the view renders after its query answers). */
async function expectEntityView(page: Page, name: string): Promise<void> {
  await page.locator("#view h1.entity-name", { hasText: name }).waitFor();
  expect(await heading(page)).toBe(name);
}

async function graphLaidOut(page: Page): Promise<void> {
  await page.locator('#graph[data-layout="done"]').waitFor();
}

/** The Browser palette, label → fill colour, as cytoscape reports colours: rgb(r,g,b). */
function grassFills(): Record<string, string> {
  const grass = readFileSync(path.join(CYPHER_DIR, "newsgraph.grass"), "utf8");
  const fills: Record<string, string> = {};
  for (const rule of grass.matchAll(/node\.(\w+)\s*\{([^}]*)\}/g)) {
    const fill = /^\s*color:\s*#([0-9a-f]{6})/im.exec(rule[2]);
    if (!fill) continue;
    const [r, g, b] = [0, 2, 4].map((at) => parseInt(fill[1].slice(at, at + 2), 16));
    fills[rule[1]] = `rgb(${r},${g},${b})`;
  }
  return fills;
}

describe("/explore", () => {
  it("finds who said a quotation and shows the statement with its excerpt highlighted", async () => {
    const { page } = await openPage();
    await page.goto(explore());
    await page.locator("#q").waitFor();
    await page.keyboard.type(TYKHYI_QUOTE);
    await page.keyboard.press("Enter");

    const result = page.locator("#results a.statement-result", { hasText: "Heorhii Tykhyi" }).first();
    await result.waitFor();
    expect(await result.locator(".speaker-name").textContent()).toBe("Heorhii Tykhyi");
    expect(await result.textContent()).toMatch(/match \d+%/);
    // Entities are searched too: their group is always shown.
    expect(await page.locator("#results h3").allTextContents()).toEqual([
      "People, organizations & places",
      "Statements",
    ]);
    expect(searchParam(page, "q")).toBe(TYKHYI_QUOTE);
    const statementId = await result.getAttribute("data-id");
    expect(statementId).toBe(TYKHYI_STATEMENT);

    await result.click();
    const view = page.locator(`.statement-view[data-id="${TYKHYI_STATEMENT}"]`);
    await view.waitFor();
    expect(await view.locator(".statement-speaker").textContent()).toBe("Heorhii Tykhyi");
    expect(await view.locator("mark").count()).toBe(1);
    expect(await view.locator("mark").textContent()).toContain(TYKHYI_QUOTE);
    expect(searchParam(page, "statement")).toBe(TYKHYI_STATEMENT);

    // Scrolled into view: inside the window and inside the article box's visible part.
    await until(
      page,
      `(() => {
      const mark = document.querySelector(".statement-view mark").getBoundingClientRect();
      const box = document.querySelector(".statement-view .article-text").getBoundingClientRect();
      return mark.height > 0 && mark.top >= 0 && mark.left >= 0 &&
        mark.bottom <= window.innerHeight && mark.right <= window.innerWidth &&
        mark.top >= box.top && mark.bottom <= box.bottom;
    })()`,
    );
    const box = await view.locator("mark").boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await screenshot(page, "statement");
  });

  it("opens the speaker's entity view with a graph in the Browser colours that expands on click", async () => {
    const { page } = await openPage();
    await page.goto(explore(`?statement=${encodeURIComponent(TYKHYI_STATEMENT)}`));
    await page.locator(".statement-view .statement-speaker a").click();
    await expectEntityView(page, "Heorhii Tykhyi");
    expect(searchParam(page, "entity")).toBe("person/heorhii-tykhyi");
    expect(await page.locator(".entity-view .facts").textContent()).toContain("spokesperson");

    await graphLaidOut(page);
    const before = await page.evaluate<number>("window.__explorerGraph.nodes().length");
    expect(before).toBeGreaterThan(1);

    const fills = grassFills();
    const colours = await page.evaluate<{ type: string; fill: string }[]>(
      `window.__explorerGraph.nodes().map((node) => ({ type: node.data("type"), fill: node.style("background-color") }))`,
    );
    expect(new Set(colours.map((colour) => colour.type))).toEqual(
      new Set(["Person", "Organization", "Statement"]),
    );
    for (const colour of colours) expect(colour).toEqual({ type: colour.type, fill: fills[colour.type] });
    const edgeLabels = await page.evaluate<string[]>(
      `window.__explorerGraph.edges().map((edge) => edge.data("label"))`,
    );
    expect(edgeLabels).toContain("SAID");

    // Click a statement node (not yet expanded) where it is drawn: its neighbours join the graph.
    // Cytoscape ignores taps for 250 ms after the page scrolls, so let that pass.
    await page.locator("#graph").scrollIntoViewIfNeeded();
    await nextFrames(page);
    const target = await page.evaluate<{ id: string; x: number; y: number } | null>(`(() => {
      const cy = window.__explorerGraph;
      const box = cy.container().getBoundingClientRect();
      const node = cy.nodes('[kind = "statement"]').filter((n) => {
        const at = n.renderedPosition();
        return !n.hasClass("expanded") && at.x > 20 && at.y > 20 && at.x < box.width - 20 && at.y < box.height - 20;
      })[0];
      if (!node) return null;
      const at = node.renderedPosition();
      return { id: node.id(), x: box.left + at.x, y: box.top + at.y };
    })()`);
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    await until(page, `window.__explorerGraph.nodes().length > ${before}`);
    await graphLaidOut(page);
    expect(
      await page.evaluate<boolean>(
        `window.__explorerGraph.getElementById(${JSON.stringify(target!.id)}).hasClass("expanded")`,
      ),
    ).toBe(true);
    await page.locator("#graph").scrollIntoViewIfNeeded();
    await screenshot(page, "entity");

    // The clicked node is selected; the button opens it.
    const open = page.locator(".graph-toolbar button", { hasText: /^Open / });
    expect(await open.isEnabled()).toBe(true);
    await open.click();
    await page.locator(`.statement-view[data-id="${target!.id}"]`).waitFor();
    expect(searchParam(page, "statement")).toBe(target!.id);
  });

  it("loads an entity from its address, and back and forward walk the history", async () => {
    const { page } = await openPage();
    await page.goto(explore("?entity=place%2Fpokrovsk"));
    await expectEntityView(page, "Pokrovsk");
    expect(await page.title()).toContain("Pokrovsk");

    await page.locator(".entity-view .facts a.chip", { hasText: "Donetsk Oblast" }).first().click();
    await expectEntityView(page, "Donetsk Oblast");
    expect(searchParam(page, "entity")).toBe("place/donetsk-oblast");
    await page.locator(".entity-view .facts a.chip", { hasText: "Ukraine" }).first().click();
    await expectEntityView(page, "Ukraine");
    expect(searchParam(page, "entity")).toBe("place/ukraine");

    await page.goBack();
    await expectEntityView(page, "Donetsk Oblast");
    await page.goBack();
    await expectEntityView(page, "Pokrovsk");
    expect(searchParam(page, "entity")).toBe("place/pokrovsk");
    await page.goForward();
    await expectEntityView(page, "Donetsk Oblast");
    await page.goForward();
    await expectEntityView(page, "Ukraine");

    // An unknown id says so instead of failing.
    await page.goto(explore("?entity=person%2Fnobody-at-all"));
    expect(await heading(page)).toBe("Nothing with that id");
  });

  it("fits a phone: one column, no horizontal scrolling, a graph that follows the width", async () => {
    const { page } = await openPage({ width: 390, height: 844 });
    const noHorizontalScroll = async () =>
      expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);

    await page.goto(explore(`?q=${encodeURIComponent(TYKHYI_QUOTE)}`));
    await page.locator("#results a.statement-result").first().waitFor();
    await noHorizontalScroll();
    await screenshot(page, "phone-results");

    await page.goto(explore("?entity=place%2Fpokrovsk"));
    await expectEntityView(page, "Pokrovsk");
    await graphLaidOut(page);
    await noHorizontalScroll();
    const columns = await page.evaluate<number>(
      "getComputedStyle(document.getElementById('main')).gridTemplateColumns.split(' ').length",
    );
    expect(columns).toBe(1);
    const narrow = await page.evaluate<number>("window.__explorerGraph.width()");
    expect(narrow).toBeLessThan(390);
    await screenshot(page, "phone-entity");
    await screenshot(page, "phone-entity-full", true);

    await page.goto(explore(`?statement=${encodeURIComponent(TYKHYI_STATEMENT)}`));
    await page.locator(".statement-view mark").waitFor();
    await noHorizontalScroll();
    await screenshot(page, "phone-statement");

    // The graph resizes with the window.
    await page.goto(explore("?entity=place%2Fpokrovsk"));
    await graphLaidOut(page);
    await page.setViewportSize({ width: 1024, height: 800 });
    await until(page, `window.__explorerGraph.width() > ${narrow + 300}`);
  });

  it("works from the keyboard: focus in the search box, Enter, arrow down, Enter opens an entity", async () => {
    const { page } = await openPage();
    await page.goto(explore());
    await until(page, `document.activeElement && document.activeElement.id === "q"`);
    expect(await page.locator('label[for="q"]').textContent()).toMatch(/search/i);

    await page.keyboard.type("Pokrovsk");
    await page.keyboard.press("Enter");
    await page.locator("#results a.result-link").first().waitFor();
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate<{ id: string | null; name: string; outline: string }>(`(() => {
      const el = document.activeElement;
      return { id: el.getAttribute("data-id"), name: el.querySelector(".result-name")?.textContent ?? "",
        outline: getComputedStyle(el).outlineStyle };
    })()`);
    expect(focused.id).toMatch(/^place\//);
    expect(focused.outline).not.toBe("none");
    await screenshot(page, "keyboard-results");

    // Down and up again land on the same first result; Up from it returns to the search box.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate<string | null>(`document.activeElement.getAttribute("data-id")`)).toBe(
      focused.id,
    );
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate<string>("document.activeElement.id")).toBe("q");
    await page.keyboard.press("ArrowDown");

    await page.keyboard.press("Enter");
    await expectEntityView(page, focused.name);
    expect(searchParam(page, "entity")).toBe(focused.id);
    expect(searchParam(page, "q")).toBe("Pokrovsk");
    // The opened view takes the focus, so the next Tab continues from it.
    expect(await page.evaluate<string>("document.activeElement.tagName")).toBe("H1");
  });

  it("loads everything from this server and logs no errors", async () => {
    const session = await openPage();
    const { page } = session;
    await page.goto(explore(`?q=${encodeURIComponent(TYKHYI_QUOTE)}`));
    await page.locator("#results a.statement-result").first().click();
    await page.locator(".statement-view mark").waitFor();
    await page.locator(".statement-view .statement-speaker a").click();
    await expectEntityView(page, "Heorhii Tykhyi");
    await graphLaidOut(page);

    const paths = session.requests.map((url) => new URL(url).pathname);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/explore",
        "/explore/assets/explore.js",
        "/explore/assets/explore.css",
        "/explore/assets/vendor/cytoscape.min.js",
        "/graphql",
      ]),
    );
    expect(session.requests.every((url) => url.startsWith(`${api.url}/`))).toBe(true);
    expect(session.problems).toEqual([]);
  });
});
