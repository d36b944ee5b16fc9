// The whole extractor on articles written for it, parsed by the real CoreNLP: speakers, entities, linking
// to known entities, relationships, and records checked one by one.
import { EntityType, RelationshipType } from "../../src/graph/model";
import { checkRecords } from "../../src/ingest/stages/records";
import { extractFromAnnotation } from "../../src/ingest/extract";
import {
  annotate,
  article,
  entityNamed,
  extract,
  PUBLISHED_ON,
  speakerNameOf,
  statementWith,
} from "../support/extraction";

describe("speakers", () => {
  it("links a surname, a title and an honorific to the full name the article uses", async () => {
    const extraction = await extract(
      article(
        "Donald J. Trump said on Friday that the wall would be built.",
        '"We will pay for it," Mr. Trump told supporters in Dallas.',
        "Republican Donald Trump later added that Mexico would pay.",
      ),
    );
    const speakers = new Set(extraction.statements.map((statement) => statement.speaker));
    expect([...speakers]).toEqual(["person/donald-trump"]);
    const trump = entityNamed(extraction, "Donald J. Trump");
    expect(trump.type).toBe(EntityType.Person);
    const names = extraction.entities
      .filter((entity) => entity.type === EntityType.Person)
      .map((entity) => entity.name);
    expect(names).not.toContain("Mr");
    expect(names).not.toContain("Donald J");
    expect(names).not.toContain("Republican Donald Trump");
  });

  it("keeps the office the article writes before the speaker's name, and nothing for an honorific", async () => {
    const titled = await extract(
      article(
        "President Ana Ruiz toured the harbour on Monday.",
        "Secretary of State Ivo Dalen said the harbour would reopen in May.",
        "Mrs. Ruiz said the ferries would run again.",
      ),
    );
    expect(statementWith(titled, "the harbour would reopen").speakerTitle).toBe("secretary of state");
    expect(statementWith(titled, "the ferries would run").speakerTitle).toBe("president");
    const untitled = await extract(
      article(
        "Mrs. Ana Ruiz said the ferries would run again.",
        "Secretary Ruiz, her sister-in-law, was not at the harbour.",
      ),
    );
    // Only the speaker's whole name lends its office from elsewhere: a surname may be a namesake's.
    expect(statementWith(untitled, "the ferries would run").speakerTitle).toBeUndefined();
  });

  it("resolves a pronoun to the latest person named or speaking", async () => {
    const extraction = await extract(
      article(
        "Governor Lena Ortiz visited the flooded district on Monday.",
        "She said the state would pay for the repairs.",
      ),
    );
    expect(speakerNameOf(extraction, statementWith(extraction, "the state would pay"))).toBe("Lena Ortiz");
  });

  it("resolves a possessive pronoun and a relative pronoun the parse left as the subject", async () => {
    const extraction = await extract(
      article(
        "Governor Tomas Berg visited the harbour on Monday.",
        "There was anger after his claim that the port would close for a year.",
        "The meeting is part of an effort to win over the Koval Dockers Union, which will figure prominently in the vote and which has said the ferry should run again.",
      ),
    );
    expect(speakerNameOf(extraction, statementWith(extraction, "the port would close"))).toBe("Tomas Berg");
    expect(speakerNameOf(extraction, statementWith(extraction, "the ferry should run again"))).toBe(
      "Koval Dockers Union",
    );
  });

  it("takes the person, not the party label, when the parse makes the label the subject", async () => {
    // With "(R-OK)" this sentence parses with "OK" as the subject of "said" and the name hung on it.
    const extraction = await extract(
      article(
        "Sunday, on KTV’s “State of the Harbour,” while commenting on the divide in Koval highlighted by the recent floods in Brenmouth and Dalsby and a storm killing five Koval fishermen, Governor Lena Ortiz (R-OK) said the harbour master is “trying to campaign as a friend of the fishermen.”",
      ),
    );
    expect(speakerNameOf(extraction, statementWith(extraction, "trying to campaign"))).toBe("Lena Ortiz");
  });

  it("gives a first-person statement outside quotation marks to the writer, for review", async () => {
    const extraction = await extract(
      article("I believe that the harbour council should resign before the winter."),
    );
    const statement = statementWith(extraction, "the harbour council should resign");
    const speaker = extraction.entities.find((entity) => entity.id === statement.speaker);
    expect(speaker).toMatchObject({ type: EntityType.Person, anonymous: true });
    expect(speaker?.name).toMatch(/^the writer/);
    expect(statement.needsReview).toBe(true);
  });

  it("gives an editorial's we to the writer, for review", async () => {
    const extraction = await extract(
      article("We think the harbour council has failed the fishermen and should step aside this winter."),
    );
    const statement = statementWith(extraction, "the harbour council has failed");
    const speaker = extraction.entities.find((entity) => entity.id === statement.speaker);
    expect(speaker?.name).toMatch(/^the writer/);
    expect(statement.needsReview).toBe(true);
  });

  it("gives an interview's answers to the one interviewed, and the you of its questions too", async () => {
    const extraction = await extract(
      [
        "Q&A with Mayor Lena Ortiz",
        "Mayor Lena Ortiz spoke with the Courier on Tuesday about the storm season.",
        "Q: You have said the port will reopen in March. Is that still the plan?",
        "A: I think the port will reopen in March if the dredging is done.",
        "We believe the fishermen deserve a new quay, and I said so to the council.",
      ].join("\n\n"),
    );
    // The question's "You have said …", the answer's "I think …", "We believe …" and "I said so".
    expect(extraction.statements.length).toBeGreaterThanOrEqual(3);
    for (const statement of extraction.statements)
      expect(speakerNameOf(extraction, statement)).toBe("Lena Ortiz");
  });

  it("names an unnamed source without the preposition before it", async () => {
    const extraction = await extract(
      article("But in the same harbour survey, most voters said the levy was too high."),
    );
    const statement = statementWith(extraction, "most voters said the levy");
    expect(speakerNameOf(extraction, statement)).toMatch(/^the same harbour survey/);
  });

  it("gives several or both a statement as an unnamed group", async () => {
    const extraction = await extract(
      article(
        "Several said they would rather the port pay for the dredging. Both have promised to pursue the harbour bill.",
      ),
    );
    for (const [words, label] of [
      ["the port pay for the dredging", "Several"],
      ["to pursue the harbour bill", "Both"],
    ]) {
      const statement = statementWith(extraction, words);
      const speaker = extraction.entities.find((entity) => entity.id === statement.speaker);
      expect(speaker).toMatchObject({ type: EntityType.Organization, anonymous: true });
      expect(speaker?.name).toMatch(new RegExp(`^${label}`));
    }
  });

  it("gives they, with no group named before, to the plural subject just before it", async () => {
    const extraction = await extract(
      article(
        "Many economists doubt the harbour plan. They argue that the levy will drive the fishing fleet away.",
      ),
    );
    const statement = statementWith(extraction, "the levy will drive the fishing fleet away");
    const speaker = extraction.entities.find((entity) => entity.id === statement.speaker);
    expect(speaker).toMatchObject({ type: EntityType.Organization, anonymous: true });
    expect(speaker?.name).toMatch(/^Many economists/);
  });

  it("gives a headline's name written without its accent to the person the body names", async () => {
    const extraction = await extract(
      [
        "Francois Ortiz Says Harbour Levy Is Fair",
        "François Ortiz, the mayor of Koval, spoke to fishermen on Monday about the harbour.",
      ].join("\n\n"),
    );
    expect(speakerNameOf(extraction, statementWith(extraction, "Harbour Levy Is Fair"))).toBe(
      "François Ortiz",
    );
  });

  it("gives those surveyed a statement as an unnamed group", async () => {
    const extraction = await extract(
      article("Again, those surveyed said the mayor was best able to handle the floods."),
    );
    const speaker = extraction.entities.find(
      (entity) => entity.id === statementWith(extraction, "the mayor was best able").speaker,
    );
    expect(speaker).toMatchObject({ type: EntityType.Organization, anonymous: true });
  });

  it("gives an unnamed source an entity of its own in the article, marked anonymous", async () => {
    const extraction = await extract(article("A senior official said the talks had collapsed."));
    const speaker = extraction.entities.find(
      (entity) => entity.id === statementWith(extraction, "talks had collapsed").speaker,
    );
    expect(speaker).toMatchObject({ type: EntityType.Person, anonymous: true });
  });

  it("links a speaker to an entity the graph already knows", async () => {
    const known = [
      { id: "person/lena-ortiz", type: EntityType.Person, name: "Lena Ortiz", aliases: ["Governor Ortiz"] },
    ];
    const extraction = await extract(article("Ortiz said the bridge would reopen in May."), {}, known);
    expect(statementWith(extraction, "bridge would reopen").speaker).toBe("person/lena-ortiz");
    expect(extraction.entities.map((entity) => entity.id)).not.toContain("person/lena-ortiz");
  });

  it("speaks for a country through its government", async () => {
    const extraction = await extract(article("Russia said the drills were routine."));
    expect(speakerNameOf(extraction, statementWith(extraction, "drills were routine"))).toBe(
      "Government of Russia",
    );
  });

  it("reads a role from the speaker's description", async () => {
    const extraction = await extract(
      article("Mike Shields, the president of Crossroads Action, said it had raised $5 million."),
    );
    const role = extraction.relationships.find(
      (relationship) => relationship.type === RelationshipType.HOLDS_ROLE,
    );
    expect(role).toMatchObject({ from: "person/mike-shields", title: "president" });
    expect(extraction.entities.find((entity) => entity.id === role?.to)?.name).toBe("Crossroads Action");
  });
});

describe("entities and relationships", () => {
  it("takes a mayor named with his town as a person, not the town", async () => {
    const extraction = await extract(
      article("Koval Mayor Petro Hnatiuk said the water supply was restored."),
    );
    expect(speakerNameOf(extraction, statementWith(extraction, "water supply"))).toBe("Petro Hnatiuk");
    expect(extraction.problems).toEqual([]);
  });

  it("places a city in its state", async () => {
    const extraction = await extract(article("The mayor of Dallas, Texas, said the storm had passed."));
    const located = extraction.relationships.find(
      (relationship) => relationship.type === RelationshipType.LOCATED_IN,
    );
    expect(located).toMatchObject({ from: "place/dallas", to: "place/texas" });
  });

  it("reads a strike with its attacker and its targets", async () => {
    const extraction = await extract(
      article("The Coastal Guard struck the Zarvos Oil Refinery and the Velmar Power Plant overnight."),
    );
    const targets = extraction.relationships
      .filter((relationship) => relationship.type === RelationshipType.STRUCK)
      .map((relationship) => relationship.to)
      .sort();
    expect(targets).toEqual(["facility/velmar-power-plant", "facility/zarvos-oil-refinery"]);
  });

  it("disputes the earlier statement a denial answers", async () => {
    const extraction = await extract(
      article(
        "Senator Paul Dorn said the mayor had hidden the report.",
        "Mayor Anna Brock denied that she had hidden the report.",
      ),
    );
    const dispute = extraction.relationships.find(
      (relationship) => relationship.type === RelationshipType.DISPUTES,
    );
    expect(dispute?.from).toBe(statementWith(extraction, "she had hidden").id);
    expect(dispute?.to).toBe(statementWith(extraction, "the mayor had hidden").id);
  });

  it("gives every statement an id from its article and its offset, the same on every run", async () => {
    const text = article('"We will win," Governor Lena Ortiz said.');
    const [first, second] = await Promise.all([extract(text), extract(text)]);
    expect(first.statements.map((statement) => statement.id)).toEqual(
      second.statements.map((statement) => statement.id),
    );
    const offset = text.indexOf("We will win");
    expect(first.statements[0].id).toMatch(new RegExp(`^statement/test-article-[0-9a-f]{8}/${offset}-`));
  });
});

describe("names the NLP server tags with a quotation mark", () => {
  it("takes the name without the mark instead of failing the article", async () => {
    const text =
      "Test article\n\nMayor Lena Marsk said the ‘Harbour Union’ would meet the council on Monday.";
    const annotation = await annotate(text);
    // On real news the server sometimes starts a name at its opening quotation mark ("‘Black Lives Matter").
    const sentence = annotation.sentences[1];
    const mark = sentence.tokens.findIndex((token) => token.text === "‘");
    const name = sentence.entities.find((mention) => mention.tokenStart === mark + 1);
    if (name === undefined) throw new Error("the server no longer tags the name");
    Object.assign(name, { tokenStart: mark, start: sentence.tokens[mark].start, text: "‘Harbour Union" });
    const extraction = extractFromAnnotation(text, annotation, { publishedOn: PUBLISHED_ON }, []);
    expect(extraction.entities.map((entity) => entity.name)).toContain("Harbour Union");
  });
});

describe("checkRecords", () => {
  it("corrects a person with a kind, drops a LOCATED_IN to a person, and keeps the rest of the article", async () => {
    const text = article("Koval Mayor Petro Hnatiuk said the water supply was restored.");
    const extraction = await extract(text);
    const person = extraction.entities.find((entity) => entity.type === EntityType.Person);
    expect(person).toBeDefined();
    const broken = {
      ...extraction,
      entities: extraction.entities.map((entity) =>
        entity === person ? { ...entity, kind: "CITY" } : entity,
      ),
      relationships: [
        ...extraction.relationships,
        {
          type: RelationshipType.LOCATED_IN as const,
          from: "place/koval",
          to: person?.id ?? "",
          evidence: extraction.statements[0].evidence,
        },
      ],
      entitiesExtra: undefined,
    };
    broken.entities.push({ id: "place/koval", type: EntityType.Place, name: "Koval", aliases: [] });
    const { extraction: checked, problems } = checkRecords(broken, text, new Map());
    expect(problems.map((problem) => problem.action).sort()).toEqual(["corrected", "dropped"]);
    expect(checked.entities.find((entity) => entity.id === person?.id)?.kind).toBeNull();
    expect(
      checked.relationships.some((relationship) => relationship.type === RelationshipType.LOCATED_IN),
    ).toBe(false);
    expect(checked.statements).toHaveLength(extraction.statements.length);
  });
});
