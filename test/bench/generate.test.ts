// The synthetic benchmark graph, without Neo4j: exact evidence, determinism, and the shape of the news.
import { evidenceMismatch } from "../../src/graph/provenance";
import { RelationshipType } from "../../src/graph/model";
import { syntheticChunks, type SyntheticChunk } from "../../bench/generate";

const generate = (statements: number, seed: number): SyntheticChunk[] => [
  ...syntheticChunks({ statements, seed, chunkSize: 500 }),
];

describe("the synthetic benchmark graph", () => {
  const chunks = generate(2000, 7);
  const articles = chunks.flatMap((chunk) => chunk.articles);
  const relationships = chunks.flatMap((chunk) => chunk.batch.relationships);

  it("holds exactly the statements asked for, in transactions of about the chunk size", () => {
    const news = chunks.filter((chunk) => chunk.what === "news");
    expect(news.reduce((sum, chunk) => sum + chunk.statements, 0)).toBe(2000);
    expect(news.reduce((sum, chunk) => sum + chunk.batch.statements.length, 0)).toBe(2000);
    for (const chunk of news.slice(0, -1)) expect(chunk.statements).toBeLessThan(500 + 16);
  });

  it("puts every statement's and relationship's evidence at its exact offsets in the article text", () => {
    for (const article of articles) {
      for (const statement of article.statements)
        expect(evidenceMismatch(article.text, statement.evidence)).toBeUndefined();
      for (const relationship of article.relationships) {
        expect(evidenceMismatch(article.text, relationship.evidence)).toBeUndefined();
      }
    }
  });

  it("builds the same graph from the same seed, and another from another", () => {
    const ids = (list: SyntheticChunk[]) =>
      list.flatMap((chunk) => chunk.batch.statements.map((row) => row.id));
    expect(ids(generate(2000, 7))).toEqual(ids(chunks));
    expect(ids(generate(2000, 8))).not.toEqual(ids(chunks));
  });

  it("has every relationship type of the news, and a few speakers who say most things", () => {
    const types = new Set(relationships.map((row) => row.type));
    for (const type of ["SAID", "MENTIONS", "VIA", "DISPUTES", "CONFIRMS", "STRUCK", "LOCATED_IN"]) {
      expect(types).toContain(type);
    }
    const said = new Map<string, number>();
    for (const row of relationships.filter((r) => r.type === RelationshipType.SAID)) {
      said.set(row.from, (said.get(row.from) ?? 0) + 1);
    }
    const counts = [...said.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(20 * counts[Math.floor(counts.length / 2)]);
  });

  it("nests places several levels deep: village, city, oblast, country, continent", () => {
    const parent = new Map(
      relationships.filter((r) => r.type === RelationshipType.LOCATED_IN).map((r) => [r.from, r.to]),
    );
    const depth = (id: string): number => (parent.has(id) ? 1 + depth(parent.get(id)!) : 0);
    expect(Math.max(...[...parent.keys()].map(depth))).toBeGreaterThanOrEqual(4);
  });
});
