// ingestArticle waits seconds for the NLP server between its reads: the request's read budget (meant for
// queries) does not cut it off, and the answer's fields are read with a budget of their own afterwards.
import { inProcessExtractor, type Extractor } from "../../src/ingest/extractor";
import { CoreNlpClient } from "../../src/nlp/corenlp-client";
import { startTestApi, TEST_API_KEY, type TestApi } from "../support/api";
import { expectGraphIntact } from "../support/graph-check";
import { testNlpUrl } from "../support/nlp-server";
import { restoreSeed } from "../support/seeded";

const READ_BUDGET_MS = 400;
const EXTRACTION_MS = 1_500;

/** The real extractor, slower than a whole read budget. */
function slowExtractor(): Extractor {
  const real = inProcessExtractor(new CoreNlpClient(testNlpUrl()));
  return {
    async extract(request) {
      await new Promise((resolve) => setTimeout(resolve, EXTRACTION_MS));
      return real.extract(request);
    },
    close: () => real.close(),
  };
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ NEO4J_QUERY_TIMEOUT_MS: String(READ_BUDGET_MS) }, undefined, slowExtractor());
});
afterAll(async () => {
  await expectGraphIntact(api.db);
  await restoreSeed(api.db);
  await api.close();
});

describe("ingestArticle through the API", () => {
  it("succeeds when extraction outlasts the request's read budget", async () => {
    const text = 'Harbour reopens\n\n"Ships are coming back," port director Lena Marsk said on Monday.';
    const answer = await api.gql<{
      ingestArticle: { statements: number; article: { id: string; title: string } };
    }>(
      `mutation ($input: IngestArticleInput!) {
        ingestArticle(input: $input) { statements article { id title } }
      }`,
      { input: { text, publishedOn: "2025-03-03" } },
      { apiKey: TEST_API_KEY },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.ingestArticle.statements).toBe(1);
    expect(answer.data?.ingestArticle.article.title).toBe("Harbour reopens");
  }, 60_000);
});
