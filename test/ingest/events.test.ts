import { OrganizationKind, RelationshipType, StatementKind } from "../../src/graph/model";
import { REVIEW_THRESHOLD } from "../../src/ingest/marks";
import type { Extraction } from "../../src/ingest/types";
import { entityNamed, extract, statementWith } from "./helpers";

function relationshipsOf(extraction: Extraction, type: RelationshipType) {
  return extraction.relationships.filter((relationship) => relationship.type === type);
}

describe("strikes", () => {
  it('reads "X struck Y and Z in …" with the means and the day', () => {
    const text =
      "The Ostrel Security Bureau struck the Zarvos Oil Refinery and the Kelmar Power Plant in a drone attack on March 2.";
    const extraction = extract(text);
    const bureau = entityNamed(extraction, "Ostrel Security Bureau").id;
    const struck = relationshipsOf(extraction, RelationshipType.STRUCK);
    expect(struck).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          from: bureau,
          to: entityNamed(extraction, "Zarvos Oil Refinery").id,
          means: "drones",
          on: "2025-03-02",
        }),
        expect.objectContaining({ from: bureau, to: entityNamed(extraction, "Kelmar Power Plant").id }),
      ]),
    );
  });

  it('reads "X drones attacked Y" with X as the attacker', () => {
    const extraction = extract("Coastal Guard drones attacked the Brenna fuel depot overnight.");
    expect(relationshipsOf(extraction, RelationshipType.STRUCK)).toContainEqual(
      expect.objectContaining({
        from: entityNamed(extraction, "Coastal Guard").id,
        to: entityNamed(extraction, "Brenna fuel depot").id,
        means: "drones",
      }),
    );
  });

  it('reads the passive "Y was hit by X"', () => {
    const extraction = extract("The Kelmar Power Plant was hit by the Coastal Guard on Friday.");
    expect(relationshipsOf(extraction, RelationshipType.STRUCK)).toContainEqual(
      expect.objectContaining({
        from: entityNamed(extraction, "Coastal Guard").id,
        to: entityNamed(extraction, "Kelmar Power Plant").id,
      }),
    );
  });

  it("reads intercepted drones of a country over places as strikes by that country, intercepted", () => {
    const text =
      "The ministry reported intercepting 40 Norwegian drones overnight, including 12 over Kelmar Oblast.";
    const extraction = extract(text);
    expect(relationshipsOf(extraction, RelationshipType.STRUCK)).toContainEqual(
      expect.objectContaining({
        from: entityNamed(extraction, "Norway").id,
        to: entityNamed(extraction, "Kelmar Oblast").id,
        means: "drones",
        outcome: "intercepted",
      }),
    );
  });

  it("does not make a strike without an attacker", () => {
    const extraction = extract("The Kelmar Power Plant was hit again on Friday.");
    expect(relationshipsOf(extraction, RelationshipType.STRUCK)).toHaveLength(0);
  });

  it.each([
    ["shelled", "The Coastal Guard shelled the village of Brenna on Friday."],
    ["bombed", "The Coastal Guard bombed the village of Brenna on Friday."],
    ["struck", "The Coastal Guard struck the village of Brenna on Friday."],
    ["hit", "The Coastal Guard hit the village of Brenna on Friday."],
    ["attacked", "The Coastal Guard attacked the village of Brenna on Friday."],
    ["targeted", "The Coastal Guard targeted the village of Brenna on Friday."],
  ])('reads "%s" with the place after "the village of" as the target', (_verb, text) => {
    const extraction = extract(text);
    expect(relationshipsOf(extraction, RelationshipType.STRUCK)).toContainEqual(
      expect.objectContaining({
        from: entityNamed(extraction, "Coastal Guard").id,
        to: entityNamed(extraction, "Brenna").id,
        on: "2025-03-14",
      }),
    );
  });

  it("does not strike the place a target lies in, even behind a possessive", () => {
    const text = "The Coastal Guard shelled the town of Brenna in Norway’s Kelmar Oblast overnight.";
    const extraction = extract(text);
    const targets = relationshipsOf(extraction, RelationshipType.STRUCK).map(
      (relationship) => relationship.to,
    );
    expect(targets).toEqual([entityNamed(extraction, "Brenna").id]);
  });

  it('makes an unnamed attacker ("unknown forces") a group of its own', () => {
    const extraction = extract("Unknown forces shelled the village of Drevna near the Korvat River.");
    const struck = relationshipsOf(extraction, RelationshipType.STRUCK);
    expect(struck).toHaveLength(1);
    const attacker = extraction.entities.find((entity) => entity.id === struck[0].from);
    expect(attacker).toEqual(
      expect.objectContaining({ name: "unknown forces", kind: OrganizationKind.GROUP, anonymous: true }),
    );
    expect(struck[0].to).toBe(entityNamed(extraction, "Drevna").id);
  });

  it('reads "X launched drones at Y and Z" as strikes on Y and Z with the means', () => {
    const text =
      "The air force said it downed 31 of 38 drones that Norway launched at Kelmar Oblast and Olsk Oblast.";
    const extraction = extract(text);
    const norway = entityNamed(extraction, "Norway").id;
    const struck = relationshipsOf(extraction, RelationshipType.STRUCK);
    for (const target of ["Kelmar Oblast", "Olsk Oblast"]) {
      expect(struck).toContainEqual(
        expect.objectContaining({ from: norway, to: entityNamed(extraction, target).id, means: "drones" }),
      );
    }
  });

  it("gives a strike that names no attacker the attacker of the paragraph's previous strike, for review", () => {
    const text = [
      "The Coastal Guard shelled the village of Brenna on Friday. The town of Olsk was shelled an hour later.",
      "The Kelmar Power Plant was hit on Saturday.",
    ].join("\n");
    const extraction = extract(text);
    const struck = relationshipsOf(extraction, RelationshipType.STRUCK);
    const olsk = struck.find((relationship) => relationship.to === entityNamed(extraction, "Olsk").id);
    expect(olsk?.from).toBe(entityNamed(extraction, "Coastal Guard").id);
    expect(olsk?.needsReview).toBe(true);
    // Another paragraph may be about another strike: no attacker is guessed there.
    expect(struck.map((relationship) => relationship.to)).not.toContain(
      entityNamed(extraction, "Kelmar Power Plant").id,
    );
  });
});

describe("disputes and confirmations", () => {
  it("makes \"X dismissed Y's remarks\" DISPUTE Y's latest statement", () => {
    const text = [
      "Colonel Taras Velyk said the port was safe.",
      'Mayor Dana Holm dismissed Velyk\'s remarks, calling them "wishful thinking."',
    ].join(" ");
    const extraction = extract(text);
    const rebuttal = statementWith(extraction, "dismissed Velyk's remarks");
    expect(rebuttal.kind).toBe(StatementKind.REBUTTAL);
    expect(relationshipsOf(extraction, RelationshipType.DISPUTES)).toContainEqual(
      expect.objectContaining({ from: rebuttal.id, to: statementWith(extraction, "the port was safe").id }),
    );
  });

  it('makes "X rejected Y\'s demand to …" a rebuttal of the demand it states', () => {
    const extraction = extract(
      "The Ostrel Ministry of Energy rejected Kelmar's demand to cut exports by half.",
    );
    const demand = extraction.statements.find((statement) => statement.text.startsWith("Kelmar's demand"));
    if (demand === undefined) throw new Error("no statement for the demand");
    expect(demand.kind).toBe(StatementKind.ANNOUNCEMENT);
    expect(relationshipsOf(extraction, RelationshipType.DISPUTES)).toContainEqual(
      expect.objectContaining({ to: demand.id }),
    );
  });

  it('makes "falsely claiming that …" a claim the publisher rebuts', () => {
    const text = "Velyk criticized the council, falsely claiming that the dam had collapsed.";
    const extraction = extract(text, { publisher: "The Dovrask Herald" });
    const claims = extraction.statements.filter((statement) =>
      statement.text.includes("the dam had collapsed"),
    );
    const claim = claims.find((statement) => statement.kind === StatementKind.CLAIM);
    const rebuttal = claims.find((statement) => statement.kind === StatementKind.REBUTTAL);
    expect(rebuttal?.speaker).toBe(extraction.article.publisher);
    expect(relationshipsOf(extraction, RelationshipType.DISPUTES)).toContainEqual(
      expect.objectContaining({ from: rebuttal?.id, to: claim?.id }),
    );
  });

  it('makes "X rejected the claim" DISPUTE the latest claim by someone else', () => {
    const text = [
      "The Kelmar Defense Ministry claimed its forces had struck only military sites.",
      "Mayor Dana Holm rejected the claim.",
    ].join(" ");
    const extraction = extract(text);
    expect(relationshipsOf(extraction, RelationshipType.DISPUTES)).toContainEqual(
      expect.objectContaining({
        from: statementWith(extraction, "rejected the claim").id,
        to: statementWith(extraction, "struck only military sites").id,
      }),
    );
  });

  it('makes "X confirmed the attack" CONFIRM the earlier statement about it', () => {
    const text = [
      "Drones struck the Zarvos Oil Refinery, a source in the Coastal Guard told the Dovrask Herald.",
      "The attack was later confirmed by the Ostrel Security Bureau.",
    ].join(" ");
    const extraction = extract(text);
    const confirmation = statementWith(extraction, "The attack was later confirmed");
    expect(confirmation.kind).toBe(StatementKind.CONFIRMATION);
    expect(relationshipsOf(extraction, RelationshipType.CONFIRMS)).toContainEqual(
      expect.objectContaining({ from: confirmation.id, to: statementWith(extraction, "Drones struck").id }),
    );
  });
});

describe("LOCATED_IN", () => {
  it('reads "Y in Z", "the town of Y in Z" and "Z\'s Y"', () => {
    const text =
      "Fighting continued near the town of Olsk in Kelmar Oblast. The Brenna steel plant in Dovrask was closed. Norway’s Coastal Guard stood by.";
    const extraction = extract(text);
    const located = relationshipsOf(extraction, RelationshipType.LOCATED_IN);
    expect(located).toContainEqual(
      expect.objectContaining({
        from: entityNamed(extraction, "Olsk").id,
        to: entityNamed(extraction, "Kelmar Oblast").id,
      }),
    );
    expect(located).toContainEqual(
      expect.objectContaining({
        from: entityNamed(extraction, "Brenna steel plant").id,
        to: entityNamed(extraction, "Dovrask").id,
      }),
    );
    expect(located).toContainEqual(
      expect.objectContaining({
        from: entityNamed(extraction, "Norway’s Coastal Guard").id,
        to: entityNamed(extraction, "Norway").id,
      }),
    );
  });

  it("places a capital in its country", () => {
    const extraction = extract("The envoys met in Oslo on Friday.");
    expect(relationshipsOf(extraction, RelationshipType.LOCATED_IN)).toContainEqual(
      expect.objectContaining({
        from: entityNamed(extraction, "Oslo").id,
        to: entityNamed(extraction, "Norway").id,
      }),
    );
  });

  it('reads "Y near Z" with lower confidence, marked for review', () => {
    const extraction = extract("Shells fell on the village of Brenna near Olsk.");
    const near = relationshipsOf(extraction, RelationshipType.LOCATED_IN).find(
      (relationship) => relationship.from === entityNamed(extraction, "Brenna").id,
    );
    expect(near?.to).toBe(entityNamed(extraction, "Olsk").id);
    expect(near?.confidence).toBeLessThan(REVIEW_THRESHOLD);
    expect(near?.needsReview).toBe(true);
  });

  it("places a city in the oblast named after it, and a facility in the place it is named after", () => {
    const text =
      "Drones were downed over Kelmar Oblast. The Kelmar Oil Refinery burned, and Kelmar itself lost power.";
    const extraction = extract(text);
    const located = relationshipsOf(extraction, RelationshipType.LOCATED_IN);
    const city = entityNamed(extraction, "Kelmar").id;
    expect(located).toContainEqual(
      expect.objectContaining({ from: city, to: entityNamed(extraction, "Kelmar Oblast").id }),
    );
    expect(located).toContainEqual(
      expect.objectContaining({ from: entityNamed(extraction, "Kelmar Oil Refinery").id, to: city }),
    );
  });
});
