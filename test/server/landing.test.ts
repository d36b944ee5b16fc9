// The landing page works offline (every asset served by the API) and its example operations run;
// the Neo4j Browser guide and style are served with CORS.
import { get } from "node:http";
import { EXAMPLE_OPERATIONS } from "../../src/graphql/examples";
import { startTestApi, type TestApi } from "../support/api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("GET /", () => {
  it("serves GraphiQL with every script and style from this server", async () => {
    const response = await fetch(`${api.url}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('id="graphiql"');
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThanOrEqual(5);
    for (const asset of assets) {
      const assetResponse = await fetch(`${api.url}${asset}`);
      expect({ asset, status: assetResponse.status }).toEqual({ asset, status: 200 });
      expect((await assetResponse.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it("embeds the example operations, and each of them runs without errors", async () => {
    const html = await (await fetch(`${api.url}/`)).text();
    for (const example of EXAMPLE_OPERATIONS) expect(html).toContain(JSON.stringify(example.title));
    for (const example of EXAMPLE_OPERATIONS) {
      const response = await api.gql(example.query, example.variables);
      expect({ title: example.title, errors: response.errors }).toEqual({
        title: example.title,
        errors: undefined,
      });
      const values = Object.values(response.data ?? {});
      expect(values.every((value) => value !== null && !(Array.isArray(value) && value.length === 0))).toBe(
        true,
      );
    }
  });
});

describe("/guide", () => {
  it("names the API at the localhost port the guide was fetched from", async () => {
    const port = new URL(api.url).port;
    // fetch() cannot set Host; Browser sends localhost:<port>, as this does.
    const guide = await new Promise<string>((resolve, reject) => {
      get(`${api.url}/guide/newsgraph.html`, { headers: { host: `localhost:${port}` } }, (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve(text));
      }).on("error", reject);
    });
    expect(guide).toContain(`:style http://localhost:${port}/guide/newsgraph.grass`);
    expect(guide).not.toContain("localhost:4000");
  });

  it("allows any requested header on its own routes only", async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "http://127.0.0.1:7474", "access-control-request-headers": "sentry-trace" },
    });
    expect(preflight.headers.get("access-control-allow-headers")).toBeNull();
  });

  it.each([
    ["newsgraph.html", /text\/html/, '<article class="guide"'],
    ["newsgraph.grass", /text\/plain/, "node.Person"],
  ])("serves %s to Neo4j Browser with CORS", async (file, type, content) => {
    // What Neo4j Browser's fetch asks for, usage reporting on.
    const asked = "cache-control, pragma, sentry-trace, baggage";
    const preflight = await fetch(`${api.url}/guide/${file}`, {
      method: "OPTIONS",
      headers: { origin: "http://127.0.0.1:7474", "access-control-request-headers": asked },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toBe(asked);
    const response = await fetch(`${api.url}/guide/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toMatch(type);
    expect(await response.text()).toContain(content);
  });
});
