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
const OSCAR: KnownEntityWithEvidence = {
  id: "person/oscar-marsh",
  type: EntityType.Person,
  name: "Oscar Marsh",
  aliases: [],
  titles: ["Governor"],
  neighbours: ["place/arkala"],
};

describe("linking names to known entities", () => {
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
