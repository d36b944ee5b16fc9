// README's "Example queries" work as pasted: every ```graphql block in that section runs without errors.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/paths";
import { startTestApi, TEST_API_KEY, type TestApi } from "./support/api";
import { restoreSeed } from "./support/seeded";

const readme = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("## Example queries"),
  readme.indexOf("\n## ", readme.indexOf("## Example queries") + 5),
);
const examples = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await restoreSeed(api.db);
  await api.close();
});

describe("README's example queries", () => {
  it("are there", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((query, index) => [index + 1, query]))(
    "example %i runs as pasted",
    async (_index, query) => {
      const response = await api.gql(String(query), undefined, { apiKey: TEST_API_KEY });
      expect(response.errors).toBeUndefined();
      const values = Object.values(response.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      expect(values.every((value) => value !== null && !(Array.isArray(value) && value.length === 0))).toBe(
        true,
      );
    },
  );
});
