// whoSaid and resolveEntity over the seeded graph: pasted quotations and typed names.
import { startTestApi, type TestApi } from "../support/api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface WhoSaid {
  whoSaid: {
    score: number;
    statement: { id: string; text: string; saidOn: string | null; speaker: { id: string } };
  }[];
}

async function whoSaid(quote: string): Promise<WhoSaid["whoSaid"]> {
  const response = await api.gql<WhoSaid>(
    `query ($quote: String!) { whoSaid(quote: $quote) { score statement { id text saidOn speaker { id } } } }`,
    { quote },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.whoSaid;
}

describe("whoSaid", () => {
  it.each([
    [
      "the quotation as published, curly quotes and all",
      "“Moscow has no say here.”",
      "person/heorhii-tykhyi",
    ],
    ["straight quotes, no final stop, lower case", '"moscow has no say here"', "person/heorhii-tykhyi"],
    [
      "an elision written as three dots",
      "Zelensky... shouldn't have allowed this to happen either",
      "person/donald-trump",
    ],
    ["curly apostrophes typed straight", "He's no angel", "person/donald-trump"],
    ["a missing word", "Putin wants to negotiate the fate of — without Europe", "person/andriy-yermak"],
    [
      "an extra word",
      "European security architecture is really built on protection from Russia",
      "person/heorhii-tykhyi",
    ],
    ["a fragment", "the main point of concentration of their efforts", "person/viktor-trehubov"],
    ["a question", "How can negotiations be resumed if they are officially banned?", "person/vladimir-putin"],
  ])("finds the speaker from %s", async (_case, quote, speaker) => {
    const [best] = await whoSaid(quote);
    expect(best?.statement.speaker.id).toBe(speaker);
    expect(best.score).toBeGreaterThanOrEqual(0.6);
  });

  it("gives the date the words were said", async () => {
    const [best] = await whoSaid("I could have made that deal so easily");
    expect(best.statement.saidOn).toBe("2025-01-23");
  });

  it("returns matches best first with scores between 0 and 1", async () => {
    const matches = await whoSaid("Putin shouldn't have done it");
    expect(matches.length).toBeGreaterThan(0);
    const scores = matches.map((match) => match.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((score) => score > 0 && score <= 1)).toBe(true);
  });

  it("returns nothing for a quotation the graph does not hold", async () => {
    expect(await whoSaid("The weather in Lisbon is sunny and warm today")).toEqual([]);
    expect(await whoSaid("We will build a bridge to the moon next year")).toEqual([]);
  });

  it("refuses an empty quotation with BAD_USER_INPUT naming the argument", async () => {
    const response = await api.gql(`{ whoSaid(quote: "  ") { score } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "quote" });
  });
});

interface Resolve {
  resolveEntity: { score: number; entity: { id: string; __typename: string } }[];
}

async function resolve(name: string, type?: string): Promise<Resolve["resolveEntity"]> {
  const response = await api.gql<Resolve>(
    `query ($name: String!, $type: EntityType) { resolveEntity(name: $name, type: $type) { score entity { id __typename } } }`,
    { name, type },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.resolveEntity;
}

describe("resolveEntity", () => {
  it.each([
    ["Zelensky", "person/volodymyr-zelensky"],
    ["Ukraine's president", "person/volodymyr-zelensky"],
    ["Ukraine’s President", "person/volodymyr-zelensky"],
    ["zelenskyy", "person/volodymyr-zelensky"],
    ["SBU", "organization/security-service-of-ukraine"],
    ["Syrskyi", "person/oleksandr-syrskyi"],
    ["Moscow", "organization/government-of-russia"],
    ["Kremniy EL", "facility/kremniy-el-plant"],
    ["Pokrovsk", "place/pokrovsk"],
  ])("resolves %s first to %s", async (name, id) => {
    const [best] = await resolve(name);
    expect(best?.entity.id).toBe(id);
  });

  it("tolerates a typo", async () => {
    const [best] = await resolve("Zelenksy");
    expect(best?.entity.id).toBe("person/volodymyr-zelensky");
  });

  it("keeps to the type asked for", async () => {
    const matches = await resolve("Pokrovsk", "Facility");
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((match) => match.entity.__typename === "Facility")).toBe(true);
  });

  it("returns nothing for a name it does not know", async () => {
    expect(await resolve("Xylophone Quartet")).toEqual([]);
  });
});
