// The entities stage on sentences written for it, parsed by the real CoreNLP: what a name is, read from the
// whole article and the words around it when one sentence's named-entity tag is wrong.
import { EntityType } from "../../src/graph/model";
import { readDocument } from "../../src/ingest/stages/document";
import { findNames, type NameMention } from "../../src/ingest/stages/entities";
import { annotate, article, documentOf } from "../support/extraction";

async function namesOf(...paragraphs: string[]): Promise<NameMention[]> {
  return findNames(await documentOf(article(...paragraphs)));
}

function typed(mentions: readonly NameMention[]): string[] {
  return mentions.filter((mention) => !mention.headline).map((mention) => `${mention.type}: ${mention.name}`);
}

describe("findNames", () => {
  it("takes a surname the article gives a person for that person, not a place", async () => {
    const names = await namesOf(
      "Justin Bamberg, a lawyer for the family, spoke on Monday. Bamberg said the video was clear.",
    );
    expect(typed(names)).toEqual(["Person: Justin Bamberg", "Person: Bamberg"]);
  });

  it("takes a surname the tagger reads as an adjective for the person the article named with it", async () => {
    const names = await namesOf(
      "The harbour plan will pass, her top aide, Rob Devine, told the Harbour Post.",
      '"We are nowhere near done," Devine declared. Devine said the vote would come in May.',
    );
    expect(typed(names).filter((name) => name.startsWith("Person"))).toEqual([
      "Person: Rob Devine",
      "Person: Devine",
      "Person: Devine",
    ]);
  });

  it("splits a judge from the court the tagger ran his name into", async () => {
    const names = await namesOf(
      "Manhattan Supreme Court Justice Frank Nervo rejected the request on Thursday. Nervo wrote that the court would not decide.",
    );
    expect(typed(names)).toEqual([
      "Organization: Manhattan Supreme Court",
      "Person: Frank Nervo",
      "Person: Nervo",
    ]);
    expect(names.find((mention) => mention.name === "Frank Nervo")?.titles).toEqual(["justice"]);
  });

  it("reads the office before a name as its titles, and a lone connective as none", async () => {
    const names = await namesOf(
      "Secretary of State Ida Voss met the mayor. The council kept the legacy of Voss alive.",
    );
    expect(names.map((mention) => mention.titles)).toEqual([["secretary", "of", "state"], []]);
  });

  it("keeps the organisation a tagged name is the 'on' part of", async () => {
    const names = await namesOf("The Commission on Presidential Debates chose the moderators on Friday.");
    expect(typed(names)).toEqual(["Organization: Commission on Presidential Debates"]);
  });

  it("keeps a party label in a party body's name and leaves it out of a person's", async () => {
    const names = await namesOf(
      "The Republican National Committee released a video on Monday.",
      "Republican Donald Trump praised it.",
    );
    expect(typed(names)).toContain("Organization: Republican National Committee");
    expect(typed(names)).toContain("Person: Donald Trump");
  });

  it("names no one for a family", async () => {
    const names = await namesOf(
      "He nominated a member of the Kennedy clan. The Clintons stayed at the hotel.",
    );
    expect(typed(names)).toEqual([]);
  });

  it("takes a news outlet the tagger calls a person for the outlet", async () => {
    const names = await namesOf("Breitbart reported the story first, and Breitbart later corrected it.");
    expect(names.map((mention) => mention.type)).toEqual([EntityType.Organization, EntityType.Organization]);
    expect(names[0].kind).toBe("MEDIA_OUTLET");
  });

  it("takes a name made of two partners' surnames, listed with firms, for their firm", async () => {
    const names = await namesOf(
      "Mark Reed joined the campaign in March.",
      "Reed later ran two lobbying firms, Hale Pike and Tate Reed.",
      "Reed founded the second firm with Ann Tate, a former aide to the governor.",
    );
    expect(typed(names)).toContain("Organization: Tate Reed");
    expect(names.find((mention) => mention.name === "Tate Reed")?.kind).toBe("COMPANY");
    expect(typed(names)).toContain("Person: Ann Tate");
  });

  it("keeps a person whose names are surnames of others in a list of people", async () => {
    const names = await namesOf(
      "The panel: Ryan Wells, Kevin Ryan, Ed Wells and Dana Pike, all of them veterans of the statehouse.",
    );
    expect(typed(names)).toContain("Person: Ryan Wells");
  });

  it("leaves out the two sponsors of a poll joined by a slash", async () => {
    const names = await namesOf("The Elm City/Hartford Courant tracking poll showed a tie.");
    expect(typed(names)).toEqual([]);
  });

  it("cuts a name at a dash between spaces", async () => {
    const names = await namesOf("Officials in Burma - Aung San Suu Kyi among them - welcomed the vote.");
    expect(typed(names)).toContain("Place: Burma");
    expect(names.every((mention) => !mention.name.includes(" - "))).toBe(true);
  });
  it("takes a hospital, a hotel or a tower for a facility and the Oval Office for an institution", async () => {
    const names = await namesOf(
      "He was taken to Bethesda Naval Hospital for tests. Trump Tower was closed. She will put the Oval Office up for sale.",
    );
    expect(typed(names)).toEqual([
      "Facility: Bethesda Naval Hospital",
      "Facility: Trump Tower",
      "Organization: Oval Office",
    ]);
  });

  it("leaves the words of a title out of the organisation named before it", async () => {
    const names = await namesOf(
      "White House Press Secretary Josh Earnest said Monday that the bill would fail.",
    );
    expect(typed(names)).toEqual(["Organization: White House", "Person: Josh Earnest"]);
  });

  it("takes a place name that reports, is told or is listed with outlets for an outlet", async () => {
    const names = await namesOf(
      "The mayor told the Arizona Republic that he would resign.",
      "He was endorsed by the Dallas Morning News, the Arizona Republic and the Cincinnati Enquirer.",
    );
    const republic = names.filter((mention) => mention.name === "Arizona Republic");
    expect(republic.map((mention) => [mention.type, mention.kind])).toEqual([
      [EntityType.Organization, "MEDIA_OUTLET"],
      [EntityType.Organization, "MEDIA_OUTLET"],
    ]);
  });
  it("takes 'the VA' for a body and keeps a place acronym after a preposition", async () => {
    const names = await namesOf(
      "Students said the VA could do more. She flew from Seattle to Washington, DC on Monday.",
    );
    expect(typed(names)).toContain("Organization: VA");
    expect(typed(names)).toContain("Place: Washington, DC");
  });

  it("ends an organisation's name at its possessive unless the name's own first word owns it", async () => {
    const names = await namesOf(
      "Clinton wants to overturn the Supreme Court's Citizens United decision.",
      "Analysts at Moody's Analytics disagreed.",
    );
    expect(typed(names)).toContain("Organization: Supreme Court");
    expect(names.map((mention) => mention.name)).not.toContain("Supreme Court's Citizens United");
    expect(typed(names)).toContain("Organization: Moody's Analytics");
  });
  it("reads a person's name with a word for their camp as a campaign, and one with a word for staff as no one", async () => {
    expect(typed(await namesOf("Members of Team Quill met Oskar Quill on Monday."))).toEqual([
      "Organization: Team Quill",
      "Person: Oskar Quill",
    ]);
    expect(typed(await namesOf("Top Quill adviser Jake Sullivan said the emails were harmless."))).toEqual([
      "Person: Jake Sullivan",
    ]);
    expect(
      typed(
        await namesOf(
          "Emails reveal Helena Aid and a reporter planned the hearing. Helena Marsh said nothing.",
        ),
      ),
    ).toEqual(["Person: Helena Marsh"]);
  });
  it("marks a quotation that is nothing but a person's name as cited, and a name inside a longer one not", async () => {
    const names = await namesOf(
      "Editors abroad were quick to react (\u201cMarcello Scolds Quill,\u201d wrote a paper in Rome). Oskar Quill said the bishop was wrong.",
      "\u201cOskar Quill is a liar,\u201d the shirt read.",
    );
    const cited = (mention: NameMention) => `${mention.name}: ${mention.cited === true}`;
    expect(names.filter((mention) => mention.type === EntityType.Person).map(cited)).toEqual([
      "Marcello Scolds Quill: true",
      "Oskar Quill: false",
      "Oskar Quill: false",
    ]);
  });

  it("ends an organisation's name in a headline after the verb the tagger ran into it", async () => {
    // The page ends its headline with a full stop; the title field does not.
    const headline = "Poll: Young Voters Abandon Republican Party for Ana Ruiz";
    const text = [`${headline}.`, "Ana Ruiz leads the race by nine points."].join("\n\n");
    const names = findNames(readDocument(text, await annotate(text), headline));
    const organizations = names.filter((mention) => mention.type === EntityType.Organization);
    expect(organizations.map((mention) => mention.name)).toEqual(["Republican Party"]);
  });

  it("keeps in an institution's name the person it is named after and the number it is known by", async () => {
    const names = await namesOf(
      "Visitors from Tarnby toured the George W. Bush Presidential Center last week.",
      "Students at Intermediate School 114 in Tarnby sing in a choir.",
    );
    expect(typed(names)).toEqual([
      "Organization: George W. Bush Presidential Center",
      "Place: Tarnby",
      "Organization: Intermediate School 114",
      "Place: Tarnby",
    ]);
  });

  it("names no entity for a law, a programme, an era of laws or a personification", async () => {
    const names = await namesOf(
      "Ana Ruiz said Obamacare raised premiums in Tarnby and that Medicaid paid for the clinic.",
      "Ruiz said Uncle Sam should not pay for the Jim Crow laws of the past.",
    );
    expect(typed(names)).toEqual(["Person: Ana Ruiz", "Place: Tarnby", "Person: Ruiz"]);
  });

  it("names no one in a video player's caption", async () => {
    const names = await namesOf(
      "Mayor Ana Ruiz spoke on Saturday.",
      "[Video: FULL SPEECH: Mayor Ruiz Speech at Tarn Workers Foundation in Tarnby (9/17/16) Watch on YouTube.]",
    );
    expect(typed(names)).toEqual(["Person: Ana Ruiz"]);
  });

  it("ends a person's name where a headline's words run on after it", async () => {
    const names = await namesOf("Mayor Backs Ida Marsh With Quill.", "Oskar Quill said nothing.");
    expect(typed(names)).toEqual(["Person: Ida Marsh", "Person: Oskar Quill"]);
  });
});
