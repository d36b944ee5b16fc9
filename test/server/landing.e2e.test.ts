// End to end: GraphiQL on the landing page, in headless Chromium, gets the schema (its full
// introspection query is within the limits), so its documentation explorer lists the root types.
import type { Browser } from "playwright-core";
import { startTestApi, type TestApi } from "../support/api";
import { launchChromium } from "../support/browser";

jest.setTimeout(120000);

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe("GraphiQL at /", () => {
  it("loads the schema: the documentation explorer shows Query and its fields", async () => {
    const page = await browser.newPage();
    const refused: number[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith("/graphql") && response.status() !== 200) refused.push(response.status());
    });
    await page.goto(`${api.url}/`);
    await page.getByRole("button", { name: /documentation explorer/i }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Query", { exact: true }).click();
    await docs.getByText("whoSaid", { exact: true }).waitFor({ timeout: 20000 });
    expect(refused).toEqual([]);
    await page.close();
  });
});
