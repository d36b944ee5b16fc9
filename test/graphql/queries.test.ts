// Every query of the API over the seeded graph: lookups by id, filters, and paging edges.
import { startTestApi, errorCodes, type TestApi } from "../support/api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.gql<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe("lookups by id", () => {
  it("gives a person's statements, mentions and roles", async () => {
    const { entity } = await data<{
      entity: {
        __typename: string;
        name: string;
        statements: { id: string }[];
        mentionedIn: unknown[];
        roles: { title: string; organization: { id: string } }[];
      };
    }>(`{ entity(id: "person/heorhii-tykhyi") { __typename name statements { id } mentionedIn { id }
          ... on Person { roles { title organization { id } } } } }`);
    expect(entity.__typename).toBe("Person");
    expect(entity.statements.length).toBeGreaterThanOrEqual(2);
    expect(entity.roles).toEqual([
      expect.objectContaining({
        organization: { id: "organization/ministry-of-foreign-affairs-of-ukraine" },
      }),
    ]);
  });

  it("gives a place's chain of containing places, nearest first, and what it contains", async () => {
    const { entity } = await data<{
      entity: { containedIn: { name: string }[]; locatedIn: { name: string } };
    }>(
      `{ entity(id: "place/pokrovsk") { ... on Place { locatedIn { name } containedIn { name } contains { id } } } }`,
    );
    expect(entity.containedIn.map((place) => place.name)).toEqual(["Donetsk Oblast", "Ukraine"]);
    expect(entity.locatedIn.name).toBe("Donetsk Oblast");
    const { entity: oblast } = await data<{ entity: { contains: { id: string }[] } }>(
      `{ entity(id: "place/donetsk-oblast") { ... on Place { contains { id } } } }`,
    );
    expect(oblast.contains.map((e) => e.id)).toContain("place/pokrovsk");
  });

  it("gives a facility's kind, place chain, strikes and figures", async () => {
    const { entity } = await data<{
      entity: {
        kind: string;
        containedIn: { name: string }[];
        struckBy: { attacker: { id: string }; means: string; on: string }[];
        figures: { value: number }[];
      };
    }>(`{ entity(id: "facility/ryazan-oil-refinery") { ... on Facility { kind containedIn { name }
          struckBy { attacker { id } means on evidence { excerpt } } figures { name value unit } } } }`);
    expect(entity.kind).toBe("REFINERY");
    expect(entity.containedIn.map((p) => p.name)).toEqual(["Ryazan", "Ryazan Oblast", "Russia"]);
    expect(entity.struckBy.map((s) => s.attacker.id)).toContain("organization/security-service-of-ukraine");
    expect(entity.struckBy.every((s) => s.on === "2025-01-24")).toBe(true);
    expect(entity.figures.map((f) => f.value)).toContain(17000000);
  });

  it("gives an organization's members and strikes", async () => {
    const { entity } = await data<{
      entity: { members: { person: { id: string }; title: string }[]; strikes: unknown[] };
    }>(
      `{ entity(id: "organization/security-service-of-ukraine") { ... on Organization { kind members { person { id } title } strikes { target { id } } } } }`,
    );
    expect(entity.strikes.length).toBeGreaterThan(0);
  });

  it("gives a statement with speaker, relays, disputes and confirmations, and provenance into the article", async () => {
    const { statement } = await data<{
      statement: {
        speaker: { id: string };
        via: { id: string }[];
        confirmedBy: { speaker: { id: string } }[];
        evidence: { start: number; end: number; excerpt: string; article: { text: string } };
      };
    }>(`{ statement(id: "statement/kyiv-independent-2025-01-24/sbu-source-ryazan-refinery-and-power-plant-struck") {
          speaker { id } via { id } confirmedBy { speaker { id } } evidence { start end excerpt article { text } } } }`);
    expect(statement.speaker.id).toBe("person/sbu-source-kyiv-independent-2025-01-24");
    expect(statement.via.map((e) => e.id)).toEqual(["organization/kyiv-independent"]);
    expect(statement.confirmedBy.map((s) => s.speaker.id)).toContain(
      "organization/general-staff-of-the-armed-forces-of-ukraine",
    );
    const { start, end, excerpt, article } = statement.evidence;
    expect(article.text.slice(start, end)).toBe(excerpt);
  });

  it("gives articles with their statements in reading order", async () => {
    const { articles } = await data<{
      articles: {
        id: string;
        publisher: string;
        publishedOn: string;
        statements: { evidence: { start: number } }[];
      }[];
    }>(`{ articles { id publisher publishedOn statements { evidence { start } } } }`);
    expect(articles).toHaveLength(1);
    expect(articles[0].publisher).toMatch(/Kyiv Independent/);
    expect(articles[0].publishedOn).toBe("2025-01-24");
    const starts = articles[0].statements.map((s) => s.evidence.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const { article } = await data<{ article: { title: string } | null }>(
      `{ article(id: "article/kyiv-independent-2025-01-24") { title } }`,
    );
    expect(article?.title).toBe("Key developments on Jan. 24");
  });

  it("returns null for an unknown id", async () => {
    expect(
      await data(
        `{ entity(id: "person/nobody") { id } statement(id: "statement/x/y") { id } article(id: "article/x") { id } }`,
      ),
    ).toEqual({
      entity: null,
      statement: null,
      article: null,
    });
  });
});

type Connection = {
  totalCount: number;
  edges: { cursor: string; node: { id: string; kind?: string; saidOn?: string | null } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

async function statements(
  filter: Record<string, unknown>,
  first?: number,
  after?: string,
): Promise<Connection> {
  const result = await data<{ statements: Connection }>(
    `query ($filter: StatementFilter, $first: Int, $after: String) {
      statements(filter: $filter, first: $first, after: $after) {
        totalCount edges { cursor node { id kind saidOn } } pageInfo { hasNextPage endCursor } } }`,
    { filter, first, after },
  );
  return result.statements;
}

describe("statements", () => {
  it("filters by speaker", async () => {
    const page = await statements({ speaker: "person/donald-trump" }, 100);
    expect(page.totalCount).toBe(page.edges.length);
    expect(page.totalCount).toBeGreaterThan(5);
    const { statements: spoken } = await data<{
      statements: { edges: { node: { speaker: { id: string } } }[] };
    }>(
      `{ statements(filter: { speaker: "person/donald-trump" }, first: 100) { edges { node { speaker { id } } } } }`,
    );
    expect(spoken.edges.every((edge) => edge.node.speaker.id === "person/donald-trump")).toBe(true);
  });

  it("filters by mentioned entity, kind, article and text", async () => {
    const nato = await statements({ mentions: "organization/nato" }, 100);
    expect(nato.totalCount).toBeGreaterThan(3);
    const quotes = await statements({ kinds: ["QUOTE"] }, 100);
    expect(quotes.edges.every((edge) => edge.node.kind === "QUOTE")).toBe(true);
    const all = await statements({ article: "article/kyiv-independent-2025-01-24" }, 1);
    expect(all.totalCount).toBeGreaterThan(100);
    const angel = await statements({ text: "no angel" }, 10);
    expect(angel.totalCount).toBe(1);
    const angelAlone = await statements({ text: "angel" }, 10);
    expect(angelAlone.totalCount).toBe(1);
    expect((await statements({ article: "article/none" })).totalCount).toBe(0);
  });

  it("filters by date range, counting a partial date over its whole period", async () => {
    const december = await statements({ saidFrom: "2024-12-01", saidUntil: "2024-12-31" }, 100);
    expect(december.totalCount).toBeGreaterThan(0);
    // A statement dated only "2024" overlaps December 2024, so it is in range too.
    const outside = december.edges.filter(
      (edge) =>
        !["2024", "2024-12"].some(
          (p) =>
            edge.node.saidOn?.startsWith(p) &&
            (edge.node.saidOn === p || edge.node.saidOn.startsWith("2024-12")),
        ),
    );
    expect(outside).toEqual([]);
    const in2022 = await statements({ saidFrom: "2022", saidUntil: "2022" }, 100);
    expect(in2022.edges.map((edge) => edge.node.saidOn)).toContain("2022");
  });

  it("pages with first/after until the last page, with no item twice", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await statements({}, 40, after);
      seen.push(...page.edges.map((edge) => edge.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) {
        expect(page.totalCount).toBe(seen.length);
        break;
      }
      after = page.pageInfo.endCursor!;
      expect(page.edges[page.edges.length - 1].cursor).toBe(after);
    }
    expect(pages).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("returns an empty page after the last item", async () => {
    const all = await statements({}, 100);
    const last = all.edges[all.edges.length - 1].cursor;
    let after = last;
    let page = await statements({}, 100, after);
    while (page.pageInfo.hasNextPage) {
      after = page.pageInfo.endCursor!;
      page = await statements({}, 100, after);
    }
    const beyond = await statements({}, 10, page.pageInfo.endCursor!);
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it("refuses a bad cursor and a bad page size with BAD_USER_INPUT naming the argument", async () => {
    const badCursor = await api.gql(`{ statements(after: "not-a-cursor") { totalCount } }`);
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const tooMany = await api.gql(`{ statements(first: 1000) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const badDate = await api.gql(`{ statements(filter: { saidFrom: "24/01/2025" }) { totalCount } }`);
    expect(errorCodes(badDate)).toEqual(["BAD_USER_INPUT"]);
    expect(badDate.errors?.[0].message).toMatch(/Date/);
    const badDateVariable = await api.gql(
      `query ($f: StatementFilter) { statements(filter: $f) { totalCount } }`,
      {
        f: { saidUntil: "2025-13-01" },
      },
    );
    expect(errorCodes(badDateVariable)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("entities", () => {
  it("filters by type and by part of a name or alias", async () => {
    const { entities } = await data<{
      entities: { totalCount: number; edges: { node: { __typename: string; name: string } }[] };
    }>(
      `{ entities(filter: { type: Place, kind: "OBLAST" }, first: 100) { totalCount edges { node { __typename name } } } }`,
    );
    expect(entities.totalCount).toBeGreaterThan(3);
    expect(entities.edges.every((edge) => edge.node.__typename === "Place")).toBe(true);
    const { entities: byAlias } = await data<{ entities: { edges: { node: { id: string } }[] } }>(
      `{ entities(filter: { name: "sbu" }) { edges { node { id } } } }`,
    );
    expect(byAlias.edges.map((edge) => edge.node.id)).toContain("organization/security-service-of-ukraine");
  });

  it("pages through every entity", async () => {
    const first = await data<{ entities: Connection }>(
      `{ entities(first: 50) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.entities.pageInfo.hasNextPage).toBe(true);
    const second = await data<{ entities: Connection }>(
      `query ($after: String) { entities(first: 50, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after: first.entities.pageInfo.endCursor },
    );
    expect(first.entities.edges.length + second.entities.edges.length).toBe(first.entities.totalCount);
  });
});

describe("strikes", () => {
  type Strikes = {
    strikes: {
      totalCount: number;
      edges: { node: { attacker: { id: string }; target: { id: string }; on: string | null } }[];
    };
  };
  const query = `query ($filter: StrikeFilter) { strikes(filter: $filter, first: 100) { totalCount
    edges { node { attacker { id } target { id } on means evidence { excerpt } } } } }`;

  it("finds strikes on anything inside a place", async () => {
    const { strikes } = await data<Strikes>(query, { filter: { place: "place/russia" } });
    const targets = strikes.edges.map((edge) => edge.node.target.id);
    expect(targets).toContain("facility/ryazan-oil-refinery");
    expect(targets).toContain("facility/kremniy-el-plant");
    expect(targets).not.toContain("place/pokrovsk");
  });

  it("filters by attacker, target and date", async () => {
    const byAttacker = await data<Strikes>(query, {
      filter: { attacker: "organization/security-service-of-ukraine" },
    });
    expect(
      byAttacker.strikes.edges.every(
        (edge) => edge.node.attacker.id === "organization/security-service-of-ukraine",
      ),
    ).toBe(true);
    const byTarget = await data<Strikes>(query, { filter: { target: "place/pokrovsk" } });
    expect(byTarget.strikes.totalCount).toBeGreaterThanOrEqual(2);
    const onDay = await data<Strikes>(query, { filter: { onFrom: "2025-01-24", onUntil: "2025-01-24" } });
    expect(onDay.strikes.totalCount).toBeGreaterThan(0);
    expect(onDay.strikes.edges.every((edge) => edge.node.on === "2025-01-24")).toBe(true);
  });
});
