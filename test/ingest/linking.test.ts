// Linking names to the entities the graph knows, on articles written for it: a name links only when the
// evidence (titles, co-mentions) agrees; a name several known people fit goes to review with its candidates.
import { EntityType } from "../../src/graph/model";
import type { KnownEntityWithEvidence } from "../../src/ingest/stages/linking";
import { article, extract, statementWith } from "../support/extraction";

const HELENA: KnownEntityWithEvidence = {
  id: "person/helena-marsh",
  type: EntityType.Person,
  name: "Helena Marsh",
  aliases: [],
  titles: ["Secretary of State"],
  neighbours: ["organization/state-department"],
};
const FENN_MARSH: KnownEntityWithEvidence = {
  id: "person/fenn-marsh",
  type: EntityType.Person,
  name: "Fenn Marsh",
  aliases: [],
};
const OSCAR: KnownEntityWithEvidence = {
  id: "person/oscar-marsh",
  type: EntityType.Person,
  name: "Oscar Marsh",
  aliases: [],
  titles: ["Governor"],
  neighbours: ["place/arkala"],
};
const BERNARD: KnownEntityWithEvidence = {
  id: "person/bernard-quill",
  type: EntityType.Person,
  name: "Bernard Quill",
  aliases: [],
  neighbours: ["place/arkala"],
};

/** The entity that said the statement with these words. */
const speakerOf = (extraction: Awaited<ReturnType<typeof extract>>, words: string) =>
  extraction.entities.find((entity) => entity.id === statementWith(extraction, words).speaker);

describe("linking names to known entities", () => {
  it("reads a name written family name first: its family name alone is that person, tagged or not", async () => {
    const extraction = await extract(
      article(
        "Ban Ki-moon, the secretary general of the United Nations, sat in a hotel in Tarnby on a rainy morning.",
        "Ban said the harbour deal was a success.",
        "It is a deal Ban's team fought for. He said he would keep working on it.",
      ),
    );
    const ban = extraction.entities.find((entity) => entity.name === "Ban Ki-moon");
    expect(ban?.id).toBe("person/ban-ki-moon");
    expect(speakerOf(extraction, "the harbour deal was a success")).toBe(ban);
    expect(speakerOf(extraction, "he would keep working on it")).toBe(ban);
    expect(extraction.entities.filter((entity) => entity.name === "Ban")).toEqual([]);
  });

  it("sends a surname two known people share to review, with both as candidates, when nothing tells them apart", async () => {
    const extraction = await extract(
      article("Marsh said the budget would pass before the summer recess."),
      {},
      [HELENA, OSCAR],
    );
    const speakerId = statementWith(extraction, "budget would pass").speaker;
    expect([HELENA.id, OSCAR.id]).not.toContain(speakerId);
    const speaker = extraction.entities.find((entity) => entity.id === speakerId);
    expect(speaker).toMatchObject({ name: "Marsh", needsReview: true, candidates: [HELENA.id, OSCAR.id] });
    expect(speaker?.candidatesInArticle).toBeUndefined();
  });

  it("takes a pronoun standing for a name sent to review for the one candidate of its gender", async () => {
    const text = article(
      "The Harbour Post gave Marsh a warm endorsement on Monday.",
      "She said the budget would pass before the summer recess.",
    );
    const extraction = await extract(text, {}, [HELENA, OSCAR]);
    expect(statementWith(extraction, "budget would pass").speaker).toBe(HELENA.id);
    const twoWomen = await extract(text, {}, [HELENA, { ...OSCAR, name: "Olga Marsh" }]);
    expect([HELENA.id, OSCAR.id]).not.toContain(statementWith(twoWomen, "budget would pass").speaker);
  });

  it("keeps the words the article writes before a name sent to review, for a later look at the evidence", async () => {
    const extraction = await extract(
      article(
        "Senator Marsh said the budget would pass before the summer recess.",
        "Mrs. Marsh said the vote would be close.",
      ),
      {},
      [HELENA, OSCAR],
    );
    const speaker = speakerOf(extraction, "budget would pass");
    expect(statementWith(extraction, "vote would be close").speaker).toBe(speaker?.id);
    expect(speaker).toMatchObject({ needsReview: true, titles: ["mrs", "senator"] });
  });

  it("links the shared surname to the namesake whose role the article's title names", async () => {
    const extraction = await extract(
      article("Secretary Marsh said the embassy would reopen in the spring."),
      {},
      [HELENA, OSCAR],
    );
    expect(statementWith(extraction, "embassy would reopen").speaker).toBe(HELENA.id);
    expect(extraction.entities.some((entity) => entity.candidates !== undefined)).toBe(false);
  });

  it("links the shared surname to the namesake named before with what the article names", async () => {
    const extraction = await extract(
      article(
        "Flooding closed three roads in Arkala on Tuesday.",
        "Marsh said the state would pay for the repairs.",
      ),
      {},
      [HELENA, OSCAR],
    );
    expect(statementWith(extraction, "pay for the repairs").speaker).toBe(OSCAR.id);
  });

  it("links the shared surname to the namesake whose first name the article writes alone, whatever else it names", async () => {
    const extraction = await extract(
      article(
        "Flooding closed three roads in Arkala and Brenmouth on Tuesday.",
        "Marsh said the budget would pass before the summer recess.",
        "Donors to Helena's Victory Fund were told the same on Monday.",
      ),
      {},
      [HELENA, { ...OSCAR, neighbours: ["place/arkala", "place/brenmouth"] }],
    );
    expect(statementWith(extraction, "budget would pass").speaker).toBe(HELENA.id);
  });

  it("keeps the shared surname for review when the article writes both namesakes' first names alone", async () => {
    const extraction = await extract(
      article(
        "Marsh said the budget would pass before the summer recess.",
        "Helena and Oscar were both at the dinner on Monday.",
      ),
      {},
      [HELENA, OSCAR],
    );
    const speakerId = statementWith(extraction, "budget would pass").speaker;
    expect([HELENA.id, OSCAR.id]).not.toContain(speakerId);
  });

  it("links a surname one known person has, as before", async () => {
    const extraction = await extract(article("Marsh said the budget would pass."), {}, [HELENA]);
    expect(statementWith(extraction, "budget would pass").speaker).toBe(HELENA.id);
  });

  it("links a name that was merged away to the entity it was merged into", async () => {
    const kept = { ...HELENA, mergedIds: ["person/helena-r-marsh"] };
    const extraction = await extract(article("Helena R. Marsh said the budget would pass."), {}, [
      kept,
      OSCAR,
    ]);
    expect(statementWith(extraction, "budget would pass").speaker).toBe(HELENA.id);
  });
});

describe("a lone surname and its prominent namesake", () => {
  const prominent = (statements: number): KnownEntityWithEvidence => ({ ...HELENA, statements });
  const lesser = (statements: number): KnownEntityWithEvidence => ({ ...OSCAR, statements });
  const lone = (...known: KnownEntityWithEvidence[]) =>
    extract(article("Marsh said the budget would pass before the summer recess."), {}, known);

  it("links a lone surname to the namesake the graph names far more often than the others together", async () => {
    const extraction = await lone(prominent(200), lesser(12), { ...FENN_MARSH, statements: 7 });
    expect(statementWith(extraction, "budget would pass").speaker).toBe(HELENA.id);
    expect(extraction.entities.some((entity) => entity.candidates !== undefined)).toBe(false);
  });

  it("keeps it for review when the other namesakes together are named more than a tenth as often", async () => {
    const extraction = await lone(prominent(200), lesser(12), { ...FENN_MARSH, statements: 9 });
    const speakerId = statementWith(extraction, "budget would pass").speaker;
    expect(extraction.entities.find((entity) => entity.id === speakerId)?.candidates).toEqual([
      FENN_MARSH.id,
      HELENA.id,
      OSCAR.id,
    ]);
  });

  it("keeps it for review when even the most named namesake is not yet prominent", async () => {
    const extraction = await lone(prominent(19), lesser(1));
    const speakerId = statementWith(extraction, "budget would pass").speaker;
    expect([HELENA.id, OSCAR.id]).not.toContain(speakerId);
  });

  it("follows the co-mentions rather than prominence when they point at the lesser namesake", async () => {
    const extraction = await extract(
      article(
        "Flooding closed three roads in Arkala on Tuesday.",
        "Marsh said the state would pay for the repairs.",
      ),
      {},
      [prominent(500), lesser(3)],
    );
    expect(statementWith(extraction, "pay for the repairs").speaker).toBe(OSCAR.id);
  });

  it("counts a person bearing the word as a first name among the namesakes", async () => {
    const marshFirst = (statements: number): KnownEntityWithEvidence => ({
      id: "person/marsh-ody",
      type: EntityType.Person,
      name: "Marsh Ody",
      aliases: ["Marsh"],
      statements,
    });
    const close = await lone(prominent(500), marshFirst(60));
    const speakerId = statementWith(close, "budget would pass").speaker;
    expect(close.entities.find((entity) => entity.id === speakerId)?.candidates).toEqual([
      HELENA.id,
      "person/marsh-ody",
    ]);
    const rare = await lone(prominent(500), marshFirst(1));
    expect(statementWith(rare, "budget would pass").speaker).toBe(HELENA.id);
  });
});

describe("an honorific before a lone surname", () => {
  const known = (name: string, statements: number): KnownEntityWithEvidence => ({
    id: `person/${name.toLowerCase().replace(" ", "-")}`,
    type: EntityType.Person,
    name,
    aliases: [],
    statements,
  });

  it("rules out the namesakes of the other gender, and the others decide as without it", async () => {
    const namesakes = [known("Helena Marsh", 300), known("Oscar Marsh", 280), known("Greta Marsh", 4)];
    const mrs = await extract(article("Mrs. Marsh said the budget would pass."), {}, namesakes);
    expect(statementWith(mrs, "budget would pass").speaker).toBe("person/helena-marsh");
    const mr = await extract(article("Mr. Marsh said the budget would pass."), {}, namesakes);
    expect(statementWith(mr, "budget would pass").speaker).toBe("person/oscar-marsh");
    const none = await extract(article("Marsh said the budget would pass."), {}, namesakes);
    expect(speakerOf(none, "budget would pass")?.candidates).toHaveLength(3);
  });

  it("keeps a namesake whose first name is either gender's, and then sends the name to review", async () => {
    const namesakes = [known("Helena Marsh", 300), known("Chris Marsh", 280)];
    const extraction = await extract(article("Ms. Marsh said the budget would pass."), {}, namesakes);
    expect(speakerOf(extraction, "budget would pass")?.candidates).toEqual([
      "person/chris-marsh",
      "person/helena-marsh",
    ]);
  });
});

describe("first names and their short forms", () => {
  it("links a short form of a known person's first name to that person", async () => {
    const extraction = await extract(article("Bernie Quill said the mill would stay open."), {}, [BERNARD]);
    expect(statementWith(extraction, "mill would stay open").speaker).toBe(BERNARD.id);
  });

  it("does not link a first name the lexicon does not give as the same name", async () => {
    const extraction = await extract(article("Bertram Quill said the mill would stay open."), {}, [BERNARD]);
    expect(statementWith(extraction, "mill would stay open").speaker).not.toBe(BERNARD.id);
  });

  it("reads a generational suffix as no part of the surname", async () => {
    const extraction = await extract(article("Bernard Quill Jr. said the mill would stay open."), {}, [
      BERNARD,
    ]);
    expect(statementWith(extraction, "mill would stay open").speaker).toBe(BERNARD.id);
  });
});

describe("a first name alone", () => {
  const BERNIE_VANCE: KnownEntityWithEvidence = {
    id: "person/bernie-vance",
    type: EntityType.Person,
    name: "Bernie Vance",
    aliases: [],
  };
  const withStatements = (known: KnownEntityWithEvidence, statements: number) => ({ ...known, statements });

  it("links to the one person the article names in full with that first name or a form of it", async () => {
    const extraction = await extract(
      article(
        "Bernard Quill said the mill would stay open through the winter.",
        "Bernie said the workers would be paid in full.",
      ),
    );
    const full = statementWith(extraction, "mill would stay open").speaker;
    expect(statementWith(extraction, "workers would be paid").speaker).toBe(full);
  });

  it("sends it to review with both when the article names two people with that first name", async () => {
    const extraction = await extract(
      article(
        "Bernard Quill said the mill would stay open through the winter.",
        "Bernard Vance said the river would flood the lower town.",
        "Bernie said the workers would be paid in full.",
      ),
    );
    const named = [
      statementWith(extraction, "mill would stay open").speaker,
      statementWith(extraction, "river would flood").speaker,
    ].sort();
    expect(speakerOf(extraction, "workers would be paid")).toMatchObject({
      needsReview: true,
      candidates: named,
      // The article's own people: no prominence in the graph tells them apart later.
      candidatesInArticle: true,
    });
  });

  it("takes a first name two of the article's people bear for the one the article is about", async () => {
    const extraction = await extract(
      article(
        "Bernard Quill said the mill would stay open through the winter.",
        "Quill has run the mill since 1998, and Quill said the new owners would keep every worker.",
        "His rival, Bernard Vance, said the river would flood the lower town.",
        "Bernard is a good man, but the mill needs a new owner, Ortiz said.",
      ),
    );
    const quill = statementWith(extraction, "mill would stay open").speaker;
    const named = statementWith(extraction, "mill needs a new owner");
    expect(named.mentions).toContain(quill);
    expect(extraction.entities.some((entity) => entity.candidates !== undefined)).toBe(false);
  });

  it("links a first name written as one person's given name to that person, not to another's long form of it", async () => {
    const extraction = await extract(
      article(
        "Bernard Quill said the mill would stay open through the winter.",
        "Bernie Vance said the river would flood the lower town.",
        "Bernie said the workers would be paid in full.",
        "Bernard said the bank had agreed to the loan.",
      ),
    );
    expect(statementWith(extraction, "workers would be paid").speaker).toBe(
      statementWith(extraction, "river would flood").speaker,
    );
    expect(statementWith(extraction, "bank had agreed").speaker).toBe(
      statementWith(extraction, "mill would stay open").speaker,
    );
  });

  it("links to the one person with that first name named in full by then, when another comes later", async () => {
    const extraction = await extract(
      article(
        "Bernard Quill said the mill would stay open through the winter.",
        "Bernie said the workers would be paid in full.",
        "Bernie Vance said the river would flood the lower town.",
      ),
    );
    const full = statementWith(extraction, "mill would stay open").speaker;
    expect(statementWith(extraction, "workers would be paid").speaker).toBe(full);
  });

  it("makes that person the latest named, whom a lone surname after it means", async () => {
    const extraction = await extract(
      article(
        "Bernard Quill said the mill would stay open through the winter.",
        "Oskar Quill said the river would flood the lower town.",
        "Bernie said the workers would be paid in full.",
        "Quill said the bank had agreed to the loan.",
      ),
    );
    const bernard = statementWith(extraction, "mill would stay open").speaker;
    expect(statementWith(extraction, "bank had agreed").speaker).toBe(bernard);
  });

  it("links to the known person with that first name the graph names far more often than the others", async () => {
    const extraction = await extract(article("Bernie said the workers would be paid in full."), {}, [
      withStatements(BERNARD, 200),
      withStatements(BERNIE_VANCE, 12),
    ]);
    expect(statementWith(extraction, "workers would be paid").speaker).toBe(BERNARD.id);
  });

  it("does not link to the only known person with that first name unless that person is prominent", async () => {
    const extraction = await extract(
      article(
        "Flooding closed three roads in Arkala on Tuesday.",
        "Bernie said the workers would be paid in full.",
      ),
      {},
      [withStatements(BERNARD, 19)],
    );
    expect(speakerOf(extraction, "workers would be paid")).toMatchObject({
      needsReview: true,
      candidates: [BERNARD.id],
    });
  });

  it("links to the known namesake of the family the article names, when only one is of it", async () => {
    const extraction = await extract(
      article(
        "Helena Marsh said the budget would pass before the summer recess.",
        "Oscar said the farm would be sold in the spring.",
      ),
      {},
      [
        withStatements(OSCAR, 3),
        withStatements({ ...OSCAR, id: "person/oscar-vance", name: "Oscar Vance" }, 3),
      ],
    );
    expect(statementWith(extraction, "farm would be sold").speaker).toBe(OSCAR.id);
  });

  it("links to the known namesake whose kin the article also names by a first name alone, in an article about the family", async () => {
    const known = [
      HELENA,
      withStatements({ ...OSCAR, id: "person/martin-marsh", name: "Martin Marsh" }, 3),
      withStatements({ ...OSCAR, id: "person/martin-vance", name: "Martin Vance" }, 3),
    ];
    const extraction = await extract(
      article(
        "Mrs. Marsh declined to comment on Tuesday.",
        "The council will question Martin, Helena and their son about the farm, Dorn said.",
      ),
      {},
      known,
    );
    expect(statementWith(extraction, "council will question").mentions).toContain("person/martin-marsh");
    // First names alone that any family may share, in an article that never writes the surname: no link.
    const alone = await extract(
      article("The council will question Martin, Helena and their son about the farm, Dorn said."),
      {},
      known,
    );
    expect(statementWith(alone, "council will question").mentions).not.toContain("person/martin-marsh");
  });

  it("sends it to review when the namesakes with that first name are close", async () => {
    const extraction = await extract(article("Bernie said the workers would be paid in full."), {}, [
      withStatements(BERNARD, 200),
      withStatements(BERNIE_VANCE, 21),
    ]);
    expect(speakerOf(extraction, "workers would be paid")?.candidates).toEqual([BERNARD.id, BERNIE_VANCE.id]);
  });
});

describe("a first name after a person's kin", () => {
  it("reads it with the kin's surname when the graph knows that name, here and for the same first name later", async () => {
    const extraction = await extract(
      article(
        "Helena Marsh said the budget would pass before the summer recess.",
        "Marsh's husband, Oscar, said the farm would be sold in the spring.",
        "Voters remembered Oscar's years as governor.",
      ),
      {},
      [
        HELENA,
        OSCAR,
        { ...OSCAR, id: "person/oscar-vance", name: "Oscar Vance", titles: [], neighbours: [] },
      ],
    );
    expect(statementWith(extraction, "farm would be sold").speaker).toBe(OSCAR.id);
    expect(statementWith(extraction, "budget would pass").speaker).toBe(HELENA.id);
  });

  it("keeps the first name alone when no one is known by it with the kin's surname", async () => {
    const extraction = await extract(
      article(
        "Helena Marsh said the budget would pass before the summer recess.",
        "Marsh's husband, Fenn, said the farm would be sold in the spring.",
      ),
      {},
      [HELENA],
    );
    const speaker = extraction.entities.find(
      (entity) => entity.id === statementWith(extraction, "farm would be sold").speaker,
    );
    expect(speaker?.name).toBe("Fenn");
  });
});

describe("a quotation that is nothing but a name", () => {
  it("makes no person of it, so a lone surname after it links as it would without it", async () => {
    const extraction = await extract(
      article(
        "Editors abroad were quick to react (\u201cMarcello Scolds Marsh,\u201d wrote a paper in Rome).",
        "Marsh said the rally would go ahead.",
      ),
      {},
      [HELENA],
    );
    expect(statementWith(extraction, "rally would go ahead").speaker).toBe(HELENA.id);
    expect(extraction.entities.map((entity) => entity.name)).not.toContain("Marcello Scolds Marsh");
  });

  it("links it to the person the graph knows by that name", async () => {
    const extraction = await extract(
      article("Oskar Quill said delegates wore pins that read \u201cHelena Marsh\u201d all week."),
      {},
      [HELENA],
    );
    expect(statementWith(extraction, "delegates wore pins").mentions).toContain(HELENA.id);
  });
});
