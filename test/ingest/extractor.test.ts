// The application's extractor runs annotation and rules in worker threads: the same records as in this
// thread, and the event loop stays free for other requests while a long article is extracted.
import { createExtractor, inProcessExtractor, type Extractor } from "../../src/ingest/extractor";
import { CoreNlpClient } from "../../src/nlp/corenlp-client";
import { article, PUBLISHED_ON } from "../support/extraction";
import { buildOnce } from "../support/build";
import { testNlpUrl } from "../support/nlp-server";

const PARAGRAPHS = [
  '"We will rebuild the harbour before the winter," Governor Lena Ortiz said on Monday.',
  "Senator Paul Dorn said the plan would cost the state $40 million, according to his office.",
  "Mayor Anna Brock denied that the city had hidden the report, and the council praised the decision.",
];

let pool: Extractor;

beforeAll(() => {
  // The worker threads run the compiled extractor.
  buildOnce();
  pool = createExtractor(testNlpUrl(), 1);
}, 180_000);

afterAll(() => pool.close());

describe("the worker-thread extractor", () => {
  it("extracts exactly what the extractor extracts in this thread", async () => {
    const text = article(...PARAGRAPHS);
    const request = { text, meta: { title: "Test article", publishedOn: PUBLISHED_ON }, known: [] };
    const inThread = await inProcessExtractor(new CoreNlpClient(testNlpUrl())).extract(request);
    expect(await pool.extract(request)).toEqual(JSON.parse(JSON.stringify(inThread)));
  }, 120_000);

  it("keeps this thread's event loop answering while a long article is extracted", async () => {
    const text = article(...Array.from({ length: 150 }, (_, index) => PARAGRAPHS[index % PARAGRAPHS.length]));
    let last = Date.now();
    let longestPause = 0;
    const ticker = setInterval(() => {
      const now = Date.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 10);
    try {
      const extraction = await pool.extract({
        text,
        meta: { title: "Test article", publishedOn: PUBLISHED_ON },
        known: [],
      });
      expect(extraction.statements.length).toBeGreaterThan(100);
    } finally {
      clearInterval(ticker);
    }
    // Structured cloning of the result is all this thread does; the rules and JSON parsing run elsewhere.
    expect(longestPause).toBeLessThan(250);
  }, 600_000);
});
