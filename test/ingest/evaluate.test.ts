import { EntityType, StatementKind } from "../../src/graph/model";
import { evaluateExtraction, type GoldArticle, type GoldEntity } from "../../src/ingest/evaluate";
import { extract } from "../support/extraction";

const TEXT = [
  '"The port is open," Governor Milena Sarkova said.',
  'Velyk called the plan "a trap."',
  "The Coastal Guard struck the Zarvos Oil Refinery.",
].join("\n");

const GOLD_ENTITIES: GoldEntity[] = [
  { id: "person/milena-sarkova", type: EntityType.Person, name: "Milena Sarkova", aliases: ["Sarkova"] },
  { id: "person/taras-velyk", type: EntityType.Person, name: "Taras Velyk", aliases: ["Velyk"] },
  { id: "organization/coastal-guard", type: EntityType.Organization, name: "Coastal Guard", aliases: [] },
  { id: "facility/zarvos", type: EntityType.Facility, name: "Zarvos Oil Refinery", aliases: [] },
];

function evidence(excerpt: string) {
  const start = TEXT.indexOf(excerpt);
  return { start, end: start + excerpt.length, excerpt };
}

const GOLD: GoldArticle = {
  statements: [
    {
      id: "statement/t/port",
      speaker: "person/milena-sarkova",
      kind: StatementKind.QUOTE,
      text: "The port is open",
      evidence: evidence('"The port is open," Governor Milena Sarkova said.'),
    },
    {
      id: "statement/t/trap",
      speaker: "person/taras-velyk",
      kind: StatementKind.PARAPHRASE,
      text: 'The plan is "a trap."',
      evidence: evidence('Velyk called the plan "a trap."'),
    },
  ],
  relationships: [{ type: "STRUCK", from: "organization/coastal-guard", to: "facility/zarvos" }],
};

describe("evaluateExtraction", () => {
  it("scores quotations by 30% coverage and by exact span, and speakers through the entity mapping", async () => {
    const extraction = await extract(TEXT);
    const result = evaluateExtraction({ text: TEXT, extraction, goldEntities: GOLD_ENTITIES, gold: GOLD });
    expect(result.quotations.coverage.expected).toBe(2);
    expect(result.quotations.coverage.recall).toBe(1);
    expect(result.quotations.exact.recall).toBe(1);
    expect(result.speakers.accuracy).toBe(1);
    expect(result.struck.recall).toBe(1);
    expect(result.entities.Facility.recall).toBe(1);
  });

  it("counts a quotation as missed when no extracted statement covers 30% of it", async () => {
    const extraction = { ...(await extract(TEXT)), statements: [] };
    const result = evaluateExtraction({ text: TEXT, extraction, goldEntities: GOLD_ENTITIES, gold: GOLD });
    expect(result.quotations.coverage.recall).toBe(0);
    expect(result.quotations.missed.map((miss) => miss.id)).toEqual(["statement/t/port", "statement/t/trap"]);
  });

  it("counts a speaker error when the extracted speaker maps to another gold entity", async () => {
    const extraction = await extract(TEXT);
    const sarkova = extraction.statements.find((statement) => statement.text === "The port is open");
    const velyk = extraction.entities.find((entity) => entity.name.includes("Velyk"));
    const wrong = extraction.statements.map((statement) =>
      statement === sarkova && velyk !== undefined ? { ...statement, speaker: velyk.id } : statement,
    );
    const result = evaluateExtraction({
      text: TEXT,
      extraction: { ...extraction, statements: wrong },
      goldEntities: GOLD_ENTITIES,
      gold: GOLD,
    });
    expect(result.speakers.correct).toBe(1);
    expect(result.speakers.misses[0].gold).toBe("statement/t/port");
  });

  it("scores every statement, quotation or not, by shared evidence and words, with its speaker", async () => {
    const text = "The Coastal Guard said the port was closed. Officials said the ferries were cancelled.";
    const extraction = await extract(text);
    const evidenceOf = (excerpt: string) => {
      const start = text.indexOf(excerpt);
      return { start, end: start + excerpt.length, excerpt };
    };
    const gold: GoldArticle = {
      statements: [
        {
          id: "statement/t/port",
          speaker: "organization/coastal-guard",
          kind: StatementKind.PARAPHRASE,
          text: "The port was closed.",
          evidence: evidenceOf("The Coastal Guard said the port was closed."),
        },
        {
          id: "statement/t/ferries",
          speaker: "organization/officials-t",
          kind: StatementKind.PARAPHRASE,
          text: "The ferries were cancelled.",
          evidence: evidenceOf("Officials said the ferries were cancelled."),
        },
        {
          id: "statement/t/never-said",
          speaker: "organization/coastal-guard",
          kind: StatementKind.CLAIM,
          text: "The harbour master resigned.",
          evidence: evidenceOf("The Coastal Guard said the port was closed."),
        },
      ],
      relationships: [],
    };
    const goldEntities: GoldEntity[] = [
      GOLD_ENTITIES[2],
      {
        id: "organization/officials-t",
        type: EntityType.Organization,
        name: "Officials",
        aliases: ["officials"],
      },
    ];
    const result = evaluateExtraction({ text, extraction, goldEntities, gold });
    expect(result.statements.score).toEqual(
      expect.objectContaining({ truePositives: 2, expected: 3, predicted: 2, precision: 1 }),
    );
    expect(result.statements.missed.map((miss) => miss.id)).toEqual(["statement/t/never-said"]);
    expect(result.statements.speakers).toEqual(expect.objectContaining({ correct: 2, total: 2 }));
  });

  it("maps a name several gold entities share to the one this article's gold refers to", async () => {
    const text = "Officials said the port was closed.";
    const extraction = await extract(text);
    const gold: GoldArticle = {
      statements: [
        {
          id: "statement/b/port",
          speaker: "organization/officials-b",
          kind: StatementKind.PARAPHRASE,
          text: "The port was closed.",
          evidence: { start: 0, end: text.length, excerpt: text },
        },
      ],
      relationships: [],
    };
    const goldEntities: GoldEntity[] = ["a", "b", "c"].map((article) => ({
      id: `organization/officials-${article}`,
      type: EntityType.Organization,
      name: `Officials (${article})`,
      aliases: ["officials"],
    }));
    const result = evaluateExtraction({ text, extraction, goldEntities, gold });
    expect(result.statements.speakers.correct).toBe(1);
  });
});
