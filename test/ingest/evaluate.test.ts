import { EntityType, StatementKind } from "../../src/graph/model";
import { evaluateExtraction, type GoldArticle, type GoldEntity } from "../../src/ingest/evaluate";
import { extract } from "./helpers";

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
  it("scores quotations by 30% coverage and by exact span, and speakers through the entity mapping", () => {
    const extraction = extract(TEXT);
    const result = evaluateExtraction({ text: TEXT, extraction, goldEntities: GOLD_ENTITIES, gold: GOLD });
    expect(result.quotations.coverage.expected).toBe(2);
    expect(result.quotations.coverage.recall).toBe(1);
    expect(result.quotations.exact.recall).toBe(1);
    expect(result.speakers.accuracy).toBe(1);
    expect(result.struck.recall).toBe(1);
    expect(result.entities.Facility.recall).toBe(1);
  });

  it("counts a quotation as missed when no extracted statement covers 30% of it", () => {
    const extraction = { ...extract(TEXT), statements: [] };
    const result = evaluateExtraction({ text: TEXT, extraction, goldEntities: GOLD_ENTITIES, gold: GOLD });
    expect(result.quotations.coverage.recall).toBe(0);
    expect(result.quotations.missed.map((miss) => miss.id)).toEqual(["statement/t/port", "statement/t/trap"]);
  });

  it("counts a speaker error when the extracted speaker maps to another gold entity", () => {
    const extraction = extract(TEXT);
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
});
