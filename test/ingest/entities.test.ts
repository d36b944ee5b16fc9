import {
  EntityType,
  FacilityKind,
  OrganizationKind,
  PlaceKind,
  RelationshipType,
} from "../../src/graph/model";
import type { KnownEntity } from "../../src/ingest/types";
import { entityNamed, extract, statementWith } from "./helpers";

describe("people, titles and roles", () => {
  it('reads "Ostrel Governor Milena Sarkova" as a person holding a role', () => {
    const extraction = extract("Ostrel Governor Milena Sarkova said the roads were clear.");
    const person = entityNamed(extraction, "Milena Sarkova");
    expect(person.type).toBe(EntityType.Person);
    expect(person.aliases).toContain("Ostrel Governor Milena Sarkova");
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({ type: RelationshipType.HOLDS_ROLE, from: person.id, title: "Governor" }),
    );
  });

  it('reads "the commander of the Coastal Guard, Colonel Taras Velyk" as HOLDS_ROLE', () => {
    const extraction = extract(
      "The commander of the Coastal Guard, Colonel Taras Velyk, said the coast was quiet.",
    );
    const person = entityNamed(extraction, "Taras Velyk");
    const guard = entityNamed(extraction, "Coastal Guard");
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({
        type: RelationshipType.HOLDS_ROLE,
        from: person.id,
        to: guard.id,
        title: "commander",
      }),
    );
  });

  it('reads "a spokesperson for X, Name Surname" and "Name, the chief at X"', () => {
    const text = [
      "A spokesperson for the Ostrel Ministry of Energy, Lena Brask, said power was back.",
      "Piet Koval, the press chief at the Coastal Guard, also commented on the storm.",
    ].join(" ");
    const extraction = extract(text);
    const roles = extraction.relationships.filter(
      (relationship) => relationship.type === RelationshipType.HOLDS_ROLE,
    );
    expect(roles).toContainEqual(
      expect.objectContaining({ from: entityNamed(extraction, "Lena Brask").id, title: "spokesperson" }),
    );
    expect(roles).toContainEqual(
      expect.objectContaining({
        from: entityNamed(extraction, "Piet Koval").id,
        to: entityNamed(extraction, "Coastal Guard").id,
        title: "press chief",
      }),
    );
  });

  it("links a surname to the full name given earlier", () => {
    const text = "Colonel Taras Velyk inspected the port. Velyk said the mines were cleared.";
    const extraction = extract(text);
    expect(extraction.entities.filter((entity) => entity.type === EntityType.Person)).toHaveLength(1);
    expect(statementWith(extraction, "the mines were cleared").speaker).toBe(
      entityNamed(extraction, "Taras Velyk").id,
    );
  });
});

describe("organizations, facilities and places", () => {
  it('takes a parenthesised abbreviation as an alias: "Ostrel Security Bureau (OSB)"', () => {
    const extraction = extract("The Ostrel Security Bureau (OSB) said the OSB had arrested two saboteurs.");
    const bureau = entityNamed(extraction, "Ostrel Security Bureau");
    expect(bureau.aliases).toContain("OSB");
    expect(extraction.entities.filter((entity) => entity.type === EntityType.Organization)).toHaveLength(1);
  });

  it('reads "X Ministry" and "Ministry of X" as the same ministry of a country', () => {
    const extraction = extract(
      "Norway’s Defense Ministry said the drills ended. The Norwegian Ministry of Defense later confirmed it.",
    );
    const ministries = extraction.entities.filter((entity) => entity.kind === OrganizationKind.MINISTRY);
    expect(ministries).toHaveLength(1);
    expect(ministries[0].name).toBe("Ministry of Defense of Norway");
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({
        type: RelationshipType.LOCATED_IN,
        from: ministries[0].id,
        to: entityNamed(extraction, "Norway").id,
      }),
    );
  });

  it('reads whose ministry it is from a leading name: "the Kelmar Defense Ministry"', () => {
    const extraction = extract(
      "The Kelmar Defense Ministry denied the report. The Ostrel Ministry of Energy confirmed it.",
    );
    expect(entityNamed(extraction, "Kelmar Defense Ministry").name).toBe("Ministry of Defense of Kelmar");
    expect(entityNamed(extraction, "Ostrel Ministry of Energy").name).toBe("Ministry of Energy of Ostrel");
  });

  it("reads \"the X of Y's Z\" as a body of an organisation: MEMBER_OF, in Y's country", () => {
    const extraction = extract("The General Staff of Norway’s Armed Forces said the drills were over.");
    const staff = entityNamed(extraction, "General Staff of the Armed Forces of Norway");
    const forces = entityNamed(extraction, "Armed Forces of Norway");
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({ type: RelationshipType.MEMBER_OF, from: staff.id, to: forces.id }),
    );
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({
        type: RelationshipType.LOCATED_IN,
        from: staff.id,
        to: entityNamed(extraction, "Norway").id,
      }),
    );
  });

  it("recognises facilities by their head words", () => {
    const text =
      "Drones hit the Zarvos Oil Refinery, the Kelmar Thermal Power Plant, the Brenna steel plant and the No. 4 mine.";
    const extraction = extract(text);
    expect(entityNamed(extraction, "Zarvos Oil Refinery").kind).toBe(FacilityKind.REFINERY);
    expect(entityNamed(extraction, "Kelmar Thermal Power Plant").kind).toBe(FacilityKind.POWER_PLANT);
    expect(entityNamed(extraction, "Brenna steel plant").kind).toBe(FacilityKind.FACTORY);
    expect(entityNamed(extraction, "No. 4 mine").kind).toBe(FacilityKind.MINE);
  });

  it('reads place kinds: "X Oblast", "the city of X", "the village of X", "the town of X"', () => {
    const text =
      "Shelling hit the city of Dovrask, the village of Brenna and the town of Olsk in Kelmar Oblast.";
    const extraction = extract(text);
    expect(entityNamed(extraction, "Kelmar Oblast").kind).toBe(PlaceKind.OBLAST);
    expect(entityNamed(extraction, "Dovrask").kind).toBe(PlaceKind.CITY);
    expect(entityNamed(extraction, "Brenna").kind).toBe(PlaceKind.VILLAGE);
    expect(entityNamed(extraction, "Olsk").kind).toBe(PlaceKind.TOWN);
  });
});

describe("linking to known entities", () => {
  const known: KnownEntity[] = [
    { id: "person/milena-sarkova", type: EntityType.Person, name: "Milena Sarkova", aliases: ["Sarkova"] },
    {
      id: "organization/coastal-guard",
      type: EntityType.Organization,
      name: "Coastal Guard of Ostrel",
      aliases: ["Coastal Guard", "Ostrel's Coastal Guard"],
    },
    { id: "place/dovrask", type: EntityType.Place, name: "Dovrask", aliases: [] },
  ];

  it("links by alias, case-insensitively and across apostrophe styles, and creates nothing for them", () => {
    const text =
      "Ostrel’s Coastal Guard said the COASTAL GUARD patrols Dovrask. Milena Sarkova thanked them.";
    const extraction = extract(text, {}, known);
    const ids = extraction.entities.map((entity) => entity.id);
    expect(ids).not.toContain("organization/coastal-guard-2");
    expect(extraction.entities.find((entity) => entity.name.includes("Coastal Guard"))).toBeUndefined();
    expect(statementWith(extraction, "patrols").speaker).toBe("organization/coastal-guard");
  });

  it("links a bare surname and a possessive to a known person", () => {
    const text = "Sarkova's office said the port was open. Sarkova said ships were waiting.";
    const extraction = extract(text, {}, known);
    expect(statementWith(extraction, "ships were waiting").speaker).toBe("person/milena-sarkova");
    expect(extraction.entities.find((entity) => entity.type === EntityType.Person)).toBeUndefined();
  });

  it("creates unknown people with deterministic ids and their surface forms as aliases", () => {
    const extraction = extract("Mayor Dana Holm said the shelters were full.", {}, known);
    const holm = entityNamed(extraction, "Dana Holm");
    expect(holm.id).toBe("person/dana-holm");
    expect(holm.aliases).toContain("Mayor Dana Holm");
  });
});

describe("headlines, outlets, firms and countries the gazetteer does not know", () => {
  it("makes no place of an ordinary word that opens a headline", () => {
    const text =
      "Border village shelled, officials say\nShells fell on the village of Drevna overnight, officials said.";
    const extraction = extract(text, { title: "Border village shelled, officials say" });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain("Border");
    expect(entityNamed(extraction, "Drevna").type).toBe(EntityType.Place);
  });

  it('types "the Velmar Courier" after "told" as a media outlet, not a person', () => {
    const extraction = extract("The bridge is closed, a driver told the Velmar Courier.");
    expect(entityNamed(extraction, "Velmar Courier")).toEqual(
      expect.objectContaining({ type: EntityType.Organization, kind: OrganizationKind.MEDIA_OUTLET }),
    );
  });

  it("types names ending in Monitor or Star as outlets only where an outlet is expected", () => {
    const text = [
      "The dam held, a source told the Eastvale Monitor.",
      "According to the Morning Star, the dam was inspected in May.",
      "The Harlow Monitor reported that the dam was sound.",
    ].join(" ");
    const extraction = extract(text);
    for (const name of ["Eastvale Monitor", "Morning Star", "Harlow Monitor"]) {
      expect(entityNamed(extraction, name).kind).toBe(OrganizationKind.MEDIA_OUTLET);
    }
  });

  it('types "X News Agency" as an outlet, and a name the article types by a cue the same everywhere', () => {
    const text = [
      "The Eastvale Monitor could not confirm the report.",
      "The strike was planned, an official told the Eastvale Monitor.",
      "The Olsk News Agency said the port was shut.",
    ].join(" ");
    const extraction = extract(text);
    const monitors = extraction.entities.filter((entity) => entity.name === "Eastvale Monitor");
    expect(monitors).toEqual([expect.objectContaining({ kind: OrganizationKind.MEDIA_OUTLET })]);
    expect(entityNamed(extraction, "Olsk News Agency").kind).toBe(OrganizationKind.MEDIA_OUTLET);
  });

  it('reads firms: "Calder & Sons", "Kestavia Air", and an appositive after "the manufacturer"', () => {
    const text = [
      "Calder & Sons said its yard was insured.",
      "Kestavia Air said its jet was safe.",
      "The engine's manufacturer, Rendahl Motorworks, said it would help.",
    ].join(" ");
    const extraction = extract(text);
    for (const name of ["Calder & Sons", "Kestavia Air", "Rendahl Motorworks"]) {
      expect(entityNamed(extraction, name)).toEqual(
        expect.objectContaining({ type: EntityType.Organization, kind: OrganizationKind.COMPANY }),
      );
    }
    expect(statementWith(extraction, "it would help").speaker).toBe(
      entityNamed(extraction, "Rendahl Motorworks").id,
    );
  });

  it("makes no firm of a suffix standing alone", () => {
    const extraction = extract("Air defenses were busy, Governor Milena Sarkova said.");
    expect(extraction.entities.map((entity) => entity.name)).not.toContain("Air");
  });

  it('learns a country from its demonym: "Karslandic forces" are the armed forces of Karsland', () => {
    const text = [
      "Karslandic forces shelled the town of Mirel on Friday.",
      "The Karslandic Defense Ministry said the strike hit a depot in Karsland’s north.",
    ].join(" ");
    const extraction = extract(text);
    expect(entityNamed(extraction, "Karsland")).toEqual(
      expect.objectContaining({ type: EntityType.Place, kind: PlaceKind.COUNTRY }),
    );
    const forces = entityNamed(extraction, "Armed Forces of Karsland");
    expect(forces.kind).toBe(OrganizationKind.ARMED_FORCES);
    expect(entityNamed(extraction, "Ministry of Defense of Karsland").kind).toBe(OrganizationKind.MINISTRY);
    expect(extraction.relationships).toContainEqual(
      expect.objectContaining({
        type: RelationshipType.STRUCK,
        from: forces.id,
        to: entityNamed(extraction, "Mirel").id,
      }),
    );
  });

  it("learns no country from an ordinary word that looks like a demonym's stem", () => {
    const text = "The Republican senator met the Czech Republic envoy. Republican lawmakers objected.";
    const extraction = extract(text);
    expect(extraction.entities.map((entity) => entity.name)).not.toContain("Republic");
  });

  it('reads a wire dateline ("DORVIK, March 3 (Northline) - …") as the place, outside the report', () => {
    const text =
      "DORVIK, March 3 (Northline) - The ferry sank near the harbour, officials said.\nDorvik's mayor was away.";
    const extraction = extract(text);
    expect(entityNamed(extraction, "Dorvik")).toEqual(
      expect.objectContaining({ type: EntityType.Place, kind: PlaceKind.CITY }),
    );
    expect(statementWith(extraction, "The ferry sank").text).toBe("The ferry sank near the harbour");
  });
});
