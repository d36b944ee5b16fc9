// API keys: compared with every configured key, whatever their lengths; wrong keys refused with 401
// and counted per client address; past the limit, that address is refused with 429 until its window
// ends, while requests without a key (public reads) go on.
import { FailedAuthLimiter, keyMatcher, MAX_AUTH_FAILURES } from "../../src/server/auth";
import { startTestApi, TEST_API_KEY, type TestApi } from "../support/api";

describe("keyMatcher", () => {
  const isKey = keyMatcher(["first-key-0123456789", "second-key-0123456789abcdef"]);

  it("accepts each configured key and nothing else: no prefix, no extension, no other case", () => {
    expect(isKey("first-key-0123456789")).toBe(true);
    expect(isKey("second-key-0123456789abcdef")).toBe(true);
    for (const wrong of ["first-key-012345678", "first-key-01234567890", "FIRST-KEY-0123456789", "", "x"]) {
      expect({ wrong, matched: isKey(wrong) }).toEqual({ wrong, matched: false });
    }
  });
});

describe("FailedAuthLimiter", () => {
  it("blocks an address after its failures fill a window, and only until the window ends", () => {
    const limiter = new FailedAuthLimiter(3, 60_000);
    const start = 1_000_000;
    for (let i = 0; i < 3; i += 1) {
      expect(limiter.blockedFor("10.0.0.1", start)).toBe(0);
      limiter.recordFailure("10.0.0.1", start);
    }
    expect(limiter.blockedFor("10.0.0.1", start + 1_000)).toBe(59);
    expect(limiter.blockedFor("10.0.0.2", start + 1_000)).toBe(0);
    expect(limiter.blockedFor("10.0.0.1", start + 60_000)).toBe(0);
  });
});

describe("over HTTP", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const post = (authorization?: string) =>
    fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization && { authorization }) },
      body: JSON.stringify({ query: "{ __typename }" }),
    });

  it(`refuses wrong keys with 401, then the address with 429 after ${MAX_AUTH_FAILURES}; keyless reads go on`, async () => {
    expect((await post(`Bearer ${TEST_API_KEY}`)).status).toBe(200);
    for (let attempt = 0; attempt < MAX_AUTH_FAILURES; attempt += 1) {
      const wrong = await post(`Bearer wrong-key-${attempt}-0123456789`);
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get("www-authenticate")).toBe("Bearer");
      expect(
        ((await wrong.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
      ).toBe("UNAUTHENTICATED");
    }
    const limited = await post(`Bearer wrong-key-again-0123456789`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(
      ((await limited.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe("RATE_LIMITED");
    // Even the right key waits: guessing must not go on from this address.
    expect((await post(`Bearer ${TEST_API_KEY}`)).status).toBe(429);
    expect((await post()).status).toBe(200);
  });
});
