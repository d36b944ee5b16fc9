import { RelationshipType, StatementKind } from "../../src/graph/model";
import { entityNamed, extract, speakerNameOf, statementWith } from "./helpers";

describe("reported speech", () => {
  it('reads "X said (that) …" with the reported clause as the text', () => {
    const extraction = extract("Governor Milena Sarkova said that the port would reopen within a week.");
    const statement = statementWith(extraction, "the port would reopen");
    expect(statement.kind).toBe(StatementKind.PARAPHRASE);
    expect(statement.text).toBe("the port would reopen within a week.");
    expect(speakerNameOf(extraction, statement)).toBe("Milena Sarkova");
  });

  it("reads the kind from the verb: claimed, confirmed, estimated, denied, warned", () => {
    const text = [
      "The Coastal Guard claimed it had sunk two boats.",
      "The Ostrel Ministry of Energy confirmed that the grid was restored.",
      "The Dovrask Institute estimated that 4,000 homes lost power.",
      "Colonel Taras Velyk denied that the bridge was damaged.",
      "Mayor Dana Holm warned that the water supply was at risk.",
    ].join(" ");
    const extraction = extract(text);
    expect(statementWith(extraction, "sunk two boats").kind).toBe(StatementKind.CLAIM);
    expect(statementWith(extraction, "the grid was restored").kind).toBe(StatementKind.CONFIRMATION);
    expect(statementWith(extraction, "4,000 homes").kind).toBe(StatementKind.ESTIMATE);
    expect(statementWith(extraction, "the bridge was damaged").kind).toBe(StatementKind.REBUTTAL);
    expect(statementWith(extraction, "the water supply").kind).toBe(StatementKind.PARAPHRASE);
  });

  it('reads a clause-final attribution: "…, X said."', () => {
    const extraction = extract(
      "This is the third time the dam was hit this month, Colonel Taras Velyk said.",
    );
    const statement = statementWith(extraction, "the third time");
    expect(statement.text).toBe("This is the third time the dam was hit this month");
    expect(speakerNameOf(extraction, statement)).toBe("Taras Velyk");
  });

  it('reads "according to X" before or after the clause', () => {
    const text =
      "Two ferries were damaged, according to the Coastal Guard. According to Mayor Dana Holm, the shelters are full.";
    const extraction = extract(text);
    expect(speakerNameOf(extraction, statementWith(extraction, "Two ferries were damaged"))).toBe(
      "Coastal Guard",
    );
    expect(speakerNameOf(extraction, statementWith(extraction, "the shelters are full"))).toBe("Dana Holm");
  });

  it('keeps who relayed a statement: "X told Y" makes Y a VIA', () => {
    const extraction = extract("The port was mined overnight, Colonel Taras Velyk told the Dovrask Herald.");
    const statement = statementWith(extraction, "The port was mined");
    expect(statement.via).toEqual([entityNamed(extraction, "Dovrask Herald").id]);
  });

  it('reads "X reported, citing Y sources" as Y sources speaking VIA X', () => {
    const text =
      "Drones hit the Zarvos Oil Refinery, the news channel Kestrel reported, citing Ostrel Ministry of Energy sources.";
    const extraction = extract(text);
    const statement = statementWith(extraction, "Drones hit the Zarvos Oil Refinery");
    const sources = extraction.entities.find((entity) => entity.id === statement.speaker);
    expect(sources?.anonymous).toBe(true);
    expect(statement.via).toEqual([entityNamed(extraction, "Kestrel").id]);
    const ministry = entityNamed(extraction, "Ostrel Ministry of Energy");
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({ type: RelationshipType.MEMBER_OF, from: statement.speaker, to: ministry.id }),
    );
  });

  it('makes "a source in the X told Y" an anonymous person MEMBER_OF X, VIA Y', () => {
    const text =
      "The dam gates were opened on purpose, a source in the Coastal Guard told the Dovrask Herald.";
    const extraction = extract(text);
    const statement = statementWith(extraction, "The dam gates were opened");
    const source = extraction.entities.find((entity) => entity.id === statement.speaker);
    expect(source).toEqual(expect.objectContaining({ type: "Person", anonymous: true }));
    expect(statement.via).toEqual([entityNamed(extraction, "Dovrask Herald").id]);
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({
        type: RelationshipType.MEMBER_OF,
        from: source?.id,
        to: entityNamed(extraction, "Coastal Guard").id,
      }),
    );
  });

  it('makes unnamed sources their own anonymous entities: "a source in <somewhere>", "police sources"', () => {
    const text = [
      "The evacuation could begin on Thursday, a source in the governor's office told the Dovrask Herald.",
      "Drones hit the Olsk power station overnight, local media reported, citing police sources.",
    ].join(" ");
    const extraction = extract(text);
    const office = statementWith(extraction, "The evacuation could begin");
    expect(extraction.entities.find((entity) => entity.id === office.speaker)).toEqual(
      expect.objectContaining({ type: "Person", anonymous: true, name: "source in the governor's office" }),
    );
    const police = statementWith(extraction, "Drones hit the Olsk power station");
    expect(extraction.entities.find((entity) => entity.id === police.speaker)?.name).toBe("police sources");
    expect(police.via).toEqual([entityNamed(extraction, "local media").id]);
  });

  it('makes "an X source" an anonymous person, and "the source" later refers back to it', () => {
    const text = [
      "Two tugboats were sunk, an OSB source told the Dovrask Herald.",
      '"They came at night," the source said.',
      "Three crew members were rescued, according to the source.",
    ].join("\n");
    const extraction = extract(text);
    const first = statementWith(extraction, "Two tugboats were sunk");
    expect(statementWith(extraction, "They came at night").speaker).toBe(first.speaker);
    const third = statementWith(extraction, "Three crew members were rescued");
    expect(third.speaker).toBe(first.speaker);
    expect(third.via).toEqual(first.via);
  });

  it('resolves "the spokesperson" and "the ministry" to the nearest compatible earlier speaker', () => {
    const text = [
      "A spokesperson for the Coastal Guard, Ivo Marten, said the landing failed.",
      "The Ostrel Ministry of Energy said the grid held.",
      "Ten boats were involved, according to the spokesperson.",
      "The ministry added that repairs would take a week.",
    ].join(" ");
    const extraction = extract(text);
    expect(speakerNameOf(extraction, statementWith(extraction, "Ten boats were involved"))).toBe(
      "Ivo Marten",
    );
    expect(speakerNameOf(extraction, statementWith(extraction, "repairs would take a week"))).toContain(
      "Ministry of Energy",
    );
  });

  it("gives a participle clause (…, adding that …) the main clause's speaker", () => {
    const text = "Mayor Dana Holm said the shelters were open, adding that buses would run all night.";
    const extraction = extract(text);
    expect(speakerNameOf(extraction, statementWith(extraction, "buses would run all night"))).toBe(
      "Dana Holm",
    );
  });

  it('makes no statement of a negated speech verb: "has not commented", "did not respond"', () => {
    const text = [
      "The Coastal Guard said two boats were lost.",
      "Kelmar has not commented on the losses.",
      "The council did not respond to a request for comment.",
    ].join(" ");
    const extraction = extract(text);
    expect(extraction.statements.map((statement) => statement.text)).toEqual(["two boats were lost."]);
  });

  it("still reads a speaker whose relative clause holds a negation", () => {
    const text = "An official at the Olsk Water Board, who asked not to be named, said the pipes were safe.";
    const extraction = extract(text);
    expect(statementWith(extraction, "the pipes were safe").kind).toBe(StatementKind.PARAPHRASE);
  });

  it('ends a reported clause before a clause-final attribution: "X believe …, the spokesperson said"', () => {
    const text = [
      "A spokesperson for the Olsk Fire Service said two crews were on site.",
      "Firefighters believe a gas cylinder exploded, the spokesperson said.",
    ].join(" ");
    const extraction = extract(text);
    const relayed = statementWith(extraction, "Firefighters believe a gas cylinder exploded");
    expect(relayed.text).toBe("Firefighters believe a gas cylinder exploded");
    expect(relayed.speaker).toBe(statementWith(extraction, "two crews were on site").speaker);
  });

  it('reads "…, X said at the time" as clause-final', () => {
    const extraction = extract("A jet returned to Olsk in April, the Coastal Guard said at the time.");
    const statement = statementWith(extraction, "A jet returned to Olsk");
    expect(statement.text).toBe("A jet returned to Olsk in April");
    expect(speakerNameOf(extraction, statement)).toBe("Coastal Guard");
  });

  it('reads role words before a name as the speaker: "…," federation chair Rosa Kettil told …', () => {
    const extraction = extract(
      '"Workers were never asked," federation chair Rosa Kettil told the Halden Post.',
    );
    const statement = statementWith(extraction, "Workers were never asked");
    expect(speakerNameOf(extraction, statement)).toBe("Rosa Kettil");
    expect(statement.via).toEqual([entityNamed(extraction, "Halden Post").id]);
  });

  it('gives "he said" the person a sentence is about, even behind "X\'s mayor,"', () => {
    const text = [
      "Council leader Hanna Roe said the shelter was full.",
      'Olsk\'s mayor, Pieter Duval, visited the shelter on Wednesday. "We look after our own," he said.',
    ].join("\n");
    const extraction = extract(text);
    expect(speakerNameOf(extraction, statementWith(extraction, "We look after our own"))).toBe(
      "Pieter Duval",
    );
  });

  it('reads "The Gazette understands that …" as the outlet reporting', () => {
    const extraction = extract("The Olsk Gazette understands that the yard failed an inspection.");
    const statement = statementWith(extraction, "the yard failed an inspection");
    expect(statement.kind).toBe(StatementKind.REPORT);
    expect(speakerNameOf(extraction, statement)).toBe("Olsk Gazette");
  });
});
