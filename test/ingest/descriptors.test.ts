// Speakers the article describes instead of naming: unnamed groups, unnamed individuals, unnamed bodies,
// pronouns that point back to them, and speakers that belong to someone ("Varga's office").
import { EntityType, OrganizationKind, RelationshipType, StatementKind } from "../../src/graph/model";
import { REVIEW_THRESHOLD } from "../../src/ingest/marks";
import type { Extraction } from "../../src/ingest/types";
import type { EntityRecord } from "../../src/seed/records";
import { entityNamed, extract, statementWith } from "./helpers";

function speakerOf(extraction: Extraction, words: string): EntityRecord {
  const statement = statementWith(extraction, words);
  const speaker = extraction.entities.find((entity) => entity.id === statement.speaker);
  if (speaker === undefined) throw new Error(`the speaker of "${words}" is no entity of the article`);
  return speaker;
}

describe("unnamed groups", () => {
  it('makes "officials said" an anonymous group scoped to the article, with lower confidence', () => {
    const extraction = extract("The ferry to Olsk was cancelled on Monday, officials said.");
    const officials = speakerOf(extraction, "The ferry to Olsk was cancelled");
    const slug = extraction.article.id.replace("article/", "");
    expect(officials).toEqual(
      expect.objectContaining({
        id: `organization/officials-${slug}`,
        type: EntityType.Organization,
        kind: OrganizationKind.GROUP,
        anonymous: true,
      }),
    );
    const statement = statementWith(extraction, "The ferry to Olsk was cancelled");
    expect(statement.confidence).toBeLessThan(0.8);
    expect(statement.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it('reads "residents said", "witnesses said", "analysts said", "Police said" before the clause', () => {
    const text = [
      "Residents said the water had risen overnight.",
      "Witnesses said they heard two blasts.",
      "Analysts said the tariff would hurt exporters.",
      "Police said the bridge was closed.",
    ].join(" ");
    const extraction = extract(text);
    expect(speakerOf(extraction, "the water had risen").name).toBe("residents");
    expect(speakerOf(extraction, "they heard two blasts").name).toBe("witnesses");
    expect(speakerOf(extraction, "the tariff would hurt").name).toBe("analysts");
    expect(speakerOf(extraction, "the bridge was closed")).toEqual(
      expect.objectContaining({ name: "police", kind: OrganizationKind.GOVERNMENT_BODY }),
    );
  });

  it("gives a group that speaks twice one entity", () => {
    const text = "Officials said the road was open. Later, officials said it had closed again.";
    const extraction = extract(text);
    expect(statementWith(extraction, "the road was open").speaker).toBe(
      statementWith(extraction, "it had closed again").speaker,
    );
  });

  it('keeps "analysts at the Lenvik Bank" a group that belongs to the bank', () => {
    const extraction = extract("Analysts at the Lenvik Bank said the harvest would be poor.");
    const analysts = speakerOf(extraction, "the harvest would be poor");
    expect(analysts).toEqual(expect.objectContaining({ kind: OrganizationKind.GROUP, anonymous: true }));
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({
        type: RelationshipType.MEMBER_OF,
        from: analysts.id,
        to: entityNamed(extraction, "Lenvik Bank").id,
      }),
    );
  });
});

describe("unnamed individuals", () => {
  it('makes "a resident told X" an anonymous person, with X relaying the quotation', () => {
    const text = '"The sirens never stopped," a resident told the Harlow Courier.';
    const extraction = extract(text);
    const resident = speakerOf(extraction, "The sirens never stopped");
    const slug = extraction.article.id.replace("article/", "");
    expect(resident).toEqual(
      expect.objectContaining({ id: `person/resident-${slug}`, type: EntityType.Person, anonymous: true }),
    );
    expect(statementWith(extraction, "The sirens never stopped").via).toEqual([
      entityNamed(extraction, "Harlow Courier").id,
    ]);
  });

  it('makes two "a resident" speakers two people, and "the resident" the latest of them', () => {
    const text = [
      "A resident said the school had flooded.",
      "Another resident said the bakery was open.",
      "The resident added that bread was scarce.",
    ].join(" ");
    const extraction = extract(text);
    const first = statementWith(extraction, "the school had flooded").speaker;
    const second = statementWith(extraction, "the bakery was open").speaker;
    expect(first).not.toBe(second);
    expect(statementWith(extraction, "bread was scarce").speaker).toBe(second);
  });

  it('makes "a spokesperson for the X" an anonymous person who belongs to the X named before', () => {
    const text = [
      "The Dovrask Port Authority said the cranes were idle.",
      "A spokesperson for the authority said repairs would start on Friday.",
    ].join(" ");
    const extraction = extract(text);
    const spokesperson = speakerOf(extraction, "repairs would start");
    expect(spokesperson).toEqual(expect.objectContaining({ type: EntityType.Person, anonymous: true }));
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({
        type: RelationshipType.MEMBER_OF,
        from: spokesperson.id,
        to: entityNamed(extraction, "Dovrask Port Authority").id,
      }),
    );
  });

  it('keeps "a spokesperson for X, Name" the named person', () => {
    const extraction = extract("A spokesperson for the Coastal Guard, Ivo Marten, said the landing failed.");
    expect(speakerOf(extraction, "the landing failed").name).toBe("Ivo Marten");
    expect(extraction.entities.filter((entity) => entity.anonymous === true)).toEqual([]);
  });
});

describe("unnamed bodies and pronouns", () => {
  it('makes "the regional council" an unnamed body, and "It said" that body', () => {
    const text =
      'The regional council said it was "preparing shelters." It said the damage was being assessed.';
    const extraction = extract(text);
    const council = speakerOf(extraction, "preparing shelters");
    expect(council).toEqual(
      expect.objectContaining({
        name: "regional council",
        kind: OrganizationKind.GOVERNMENT_BODY,
        aliases: ["the regional council"],
      }),
    );
    expect(statementWith(extraction, "the damage was being assessed").speaker).toBe(council.id);
  });

  it('reads "according to the police" as the police reporting', () => {
    const extraction = extract("According to the police, the attack began at midnight.");
    const statement = statementWith(extraction, "the attack began at midnight");
    expect(statement.kind).toBe(StatementKind.REPORT);
    expect(speakerOf(extraction, "the attack began at midnight").name).toBe("police");
  });

  it('resolves "they said" to a group and "it said" to an organisation', () => {
    const text = [
      "The Brenna Shipping Company said the cargo was insured.",
      "Police said two men were held.",
      "They said the men were sailors.",
      "It said the cargo was grain.",
    ].join(" ");
    const extraction = extract(text);
    expect(statementWith(extraction, "the men were sailors").speaker).toBe(
      statementWith(extraction, "two men were held").speaker,
    );
    expect(statementWith(extraction, "the cargo was grain").speaker).toBe(
      entityNamed(extraction, "Brenna Shipping Company").id,
    );
  });

  it('resolves "the company said" to the company the sentence itself names', () => {
    const text = [
      "The Olsk Harbour Company said the port was open.",
      "Brenna Ferry Corporation, which runs the ferries, has cancelled its sailings, the company said.",
    ].join(" ");
    const extraction = extract(text);
    expect(speakerOf(extraction, "has cancelled its sailings").name).toBe("Brenna Ferry Corporation");
  });

  it('makes "the fire service" the service, not the person who speaks for it', () => {
    const text = [
      "A spokesperson for the Olsk Fire Service said two crews were on site.",
      "The roof collapsed at noon, according to the fire service.",
    ].join(" ");
    const extraction = extract(text);
    expect(speakerOf(extraction, "The roof collapsed").type).toBe(EntityType.Organization);
  });

  it('creates no speaker for a descriptor that must point back ("the president")', () => {
    const extraction = extract("The president said the border was calm.");
    expect(extraction.statements).toEqual([]);
  });
});

describe("speakers that belong to someone", () => {
  it('makes "Varga\'s office said" the office of the person named', () => {
    const text = "Prime Minister Elin Varga met the unions. Varga's office said the talks were useful.";
    const extraction = extract(text);
    const office = speakerOf(extraction, "the talks were useful");
    expect(office).toEqual(
      expect.objectContaining({ type: EntityType.Organization, name: "Elin Varga's office" }),
    );
  });

  it('makes "his office said" the office of the person the sentence is about', () => {
    const extraction = extract("President Karl Brenner will sign the bill next week, his office said.");
    expect(speakerOf(extraction, "will sign the bill").name).toBe("Karl Brenner's office");
  });

  it("makes a body's spokesperson a member of the body", () => {
    const text = "The Olsk Water Board's spokesperson said the pipes were safe.";
    const extraction = extract(text);
    const spokesperson = speakerOf(extraction, "the pipes were safe");
    expect(spokesperson.type).toBe(EntityType.Person);
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({
        type: RelationshipType.MEMBER_OF,
        from: spokesperson.id,
        to: entityNamed(extraction, "Olsk Water Board").id,
      }),
    );
  });
});
