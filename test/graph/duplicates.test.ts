import {
  blocksOf,
  duplicatePairs,
  namesakeQuestions,
  reviewItemPairs,
  type DuplicateMember,
  type ReviewItemMember,
} from "../../src/graph/duplicates";
import { EntityType } from "../../src/graph/model";

const member = (id: string, name: string, aliases: string[] = [], statements = 0): DuplicateMember => ({
  id,
  name,
  aliases,
  statements,
  mentions: 0,
});

const reasons = (type: EntityType, block: DuplicateMember[]): string[] =>
  duplicatePairs(type, [block]).map((pair) => `${pair.keep.id}+${pair.merge.id}:${pair.reason}`);

/** The pairs proposed among entities blocked as the store blocks them. */
const proposed = (members: DuplicateMember[]): string[] =>
  duplicatePairs(EntityType.Person, blocksOf(EntityType.Person, members, 50)).map(
    (pair) => `${pair.keep.id}+${pair.merge.id}:${pair.reason}`,
  );

describe("duplicate candidates", () => {
  it("does not join two people with different first names because they share a surname alias", () => {
    const block = [member("a", "Marta Quillon", ["Quillon"]), member("b", "Oskar Quillon", ["Quillon"])];
    expect(reasons(EntityType.Person, block)).toEqual([]);
  });

  it("reads a name written family name first by its family name", () => {
    const members = [member("a", "Ban Ki-moon", [], 5), member("b", "Ban", [], 1)];
    expect(proposed(members)).toEqual(["a+b:SURNAME_OF_ONLY_NAMESAKE"]);
    const western = [member("a", "Ban Quillon", [], 5), member("b", "Ban", [], 1)];
    expect(proposed(western)).toEqual([]);
  });

  it("joins a shortened first name with the surname agreeing", () => {
    const block = [member("a", "Tobias R. Quillon", ["Quillon"]), member("b", "Tob Quillon", ["Quillon"])];
    expect(reasons(EntityType.Person, block)).toEqual(["a+b:SHORT_FIRST_NAME"]);
  });

  it("joins a short form of a first name with the given name, the surname agreeing", () => {
    const block = [member("a", "Bernard Quillon"), member("b", "Bernie Quillon")];
    expect(reasons(EntityType.Person, block)).toEqual(["a+b:NICKNAME"]);
    const unlisted = [member("a", "Bernard Quillon"), member("c", "Bertram Quillon")];
    expect(reasons(EntityType.Person, unlisted)).toEqual([]);
  });

  it("reads a generational suffix as no part of the surname", () => {
    const block = [member("a", "Tobias R. Quillon Jr."), member("b", "Tobias Quillon")];
    expect(reasons(EntityType.Person, block)).toEqual(["a+b:SAME_FIRST_AND_LAST_NAME"]);
  });

  it("takes a lone surname for its only namesake, unless someone bears the word as a first name", () => {
    const alone = [member("a", "Marta Quillon"), member("b", "Quillon")];
    expect(reasons(EntityType.Person, alone)).toEqual(["a+b:SURNAME_OF_ONLY_NAMESAKE"]);
    const firstName = [
      member("a", "Ida Marta"),
      member("b", "Marta"),
      member("c", "Marta Quillon", ["Marta"]),
    ];
    expect(reasons(EntityType.Person, firstName)).toEqual([]);
  });

  it("takes a lone surname for the namesake named far more often than the others together", () => {
    const block = (fennStatements: number) => [
      member("a", "Marta Quillon", [], 200),
      member("b", "Oskar Quillon", [], 12),
      member("c", "Fenn Quillon", [], fennStatements),
      member("d", "Quillon"),
    ];
    expect(reasons(EntityType.Person, block(8))).toEqual(["a+d:SURNAME_OF_PROMINENT_NAMESAKE"]);
    expect(reasons(EntityType.Person, block(9))).toEqual([]);
  });

  it("joins an acronym with the one name it spells, and not with one of several", () => {
    const one = [member("a", "Quillon Orbital Agency"), member("b", "QOA")];
    expect(reasons(EntityType.Organization, one)).toEqual(["a+b:ACRONYM"]);
    const several = [...one, member("c", "Quiet Ocean Alliance")];
    expect(reasons(EntityType.Organization, several)).toEqual([]);
  });

  it("takes a first name alone, or a form of it, for the prominent person with that first name", () => {
    const people = (otherStatements: number) => [
      member("a", "Marta Quillon", [], 200),
      member("b", "Marta Ody", [], otherStatements),
      member("c", "Marta"),
      member("d", "Oskar Vance"),
    ];
    expect(proposed(people(20))).toEqual(["a+c:FIRST_NAME_OF_PROMINENT_NAMESAKE"]);
    expect(proposed(people(21))).toEqual([]);
    const shortForm = [member("a", "William Quillon", [], 200), member("b", "Bill")];
    expect(proposed(shortForm)).toEqual(["a+b:FIRST_NAME_OF_PROMINENT_NAMESAKE"]);
    const son = [member("a", "Marta Quillon", [], 200), member("b", "Marta Jr.")];
    expect(proposed(son)).toEqual([]);
  });

  it("takes a lone surname for the one namesake written with the office it is written with", () => {
    const titled = (name: string, statements: number, titles: string[]): DuplicateMember => ({
      ...member(name.toLowerCase().replace(/\s+/g, "-"), name, [], statements),
      titles,
    });
    const people = (otherTitles: string[]) => [
      titled("Quillon", 60, ["president"]),
      titled("Marta Quillon", 16, ["former president", "sen"]),
      titled("Ida Quillon", 6, otherTitles),
    ];
    // Ida is named too often next to Marta for prominence alone to decide.
    expect(proposed(people(["first lady"]))).toEqual(["marta-quillon+quillon:SURNAME_AND_TITLE_OF_NAMESAKE"]);
    expect(proposed(people(["president of the council"]))).toEqual([]);
    expect(proposed(people([]).map((person) => ({ ...person, titles: [] })))).toEqual([]);
    // An abbreviation is its office; a party label is none.
    const abbreviated = [
      titled("Quillon", 60, ["gov"]),
      titled("Marta Quillon", 16, ["governor"]),
      titled("Ida Quillon", 6, ["republican"]),
    ];
    expect(proposed(abbreviated)).toEqual(["marta-quillon+quillon:SURNAME_AND_TITLE_OF_NAMESAKE"]);
    const party = [titled("Quillon", 60, ["republican"]), ...abbreviated.slice(1)];
    expect(proposed(party)).toEqual([]);
  });

  it("weighs the people bearing a lone word as a surname and as a first name together", () => {
    const people = (firstNameBearer: number) => [
      member("a", "Oskar Quillon", [], 200),
      member("b", "Quillon Ody", [], firstNameBearer),
      member("c", "Quillon"),
    ];
    expect(proposed(people(20))).toEqual(["a+c:SURNAME_OF_PROMINENT_NAMESAKE"]);
    expect(proposed(people(21))).toEqual([]);
  });

  it("joins first names a letter apart only when one is rare next to the other", () => {
    const misspelt = (statements: number) => [
      member("a", "Marco Quillon", [], 200),
      member("b", "Mario Quillon", [], statements),
    ];
    expect(proposed(misspelt(20))).toEqual(["a+b:SPELLING"]);
    expect(proposed(misspelt(21))).toEqual([]);
    expect(proposed([member("a", "Dana Quillon", [], 200), member("b", "Dina Vance", [], 1)])).toEqual([]);
    expect(proposed([member("a", "Dan Quillon", [], 200), member("b", "Don Quillon", [], 1)])).toEqual([]);
  });

  it("joins a first name that spells the initials of the other's names", () => {
    expect(proposed([member("a", "Jeb Bexley", [], 50), member("b", "John Ellis Bexley")])).toEqual([
      "a+b:INITIALS",
    ]);
    expect(proposed([member("a", "AJ Quillon", [], 50), member("b", "Andrew James Quillon")])).toEqual([
      "a+b:INITIALS",
    ]);
    expect(proposed([member("a", "Jeb Bexley", [], 50), member("b", "John Bexley")])).toEqual([]);
  });
  it("joins a name opening with an initial to the one prominent namesake whose first name it begins", () => {
    const quillons = [member("a", "Barack Quillon", [], 50), member("c", "Marta Quillon", [], 4)];
    expect(proposed([...quillons, member("b", "B. Hussein Quillon")])).toEqual(["a+b:INITIALS"]);
    const notProminent = [member("a", "Barack Quillon", [], 10), member("b", "B. Hussein Quillon")];
    expect(proposed(notProminent)).toEqual([]);
    const twoGeorges = [
      member("a", "George Bexley", [], 50),
      member("c", "Gerald Bexley", [], 2),
      member("b", "G. Walker Bexley"),
    ];
    expect(proposed(twoGeorges)).toEqual([]);
  });
  it("joins a prominent person with the formal name that holds theirs as a middle name", () => {
    const ted = member("a", "Ted Quillon", [], 200);
    expect(proposed([ted, member("b", "Rafael Edward Quillon", [], 5)])).toEqual(["a+b:MIDDLE_NAME"]);
    expect(proposed([ted, member("b", "Rafael Edward Quillon", [], 30)])).toEqual([]);
    expect(
      proposed([ted, member("b", "Rafael Edward Quillon", [], 5), member("c", "John Edward Quillon", [], 1)]),
    ).toEqual([]);
  });

  it("keeps the name written in full over a lone word, whichever said more", () => {
    const pair = duplicatePairs(EntityType.Person, [
      [member("a", "Quillon", [], 60), member("b", "Marta Quillon", [], 2)],
    ])[0];
    expect([pair.keep.id, pair.merge.id, pair.reason]).toEqual(["b", "a", "SURNAME_OF_ONLY_NAMESAKE"]);
  });
});

describe("names waiting for review, weighed again against today's graph", () => {
  const person = (id: string, name: string, statements: number, titles: string[] = []): DuplicateMember => ({
    ...member(id, name, [], statements),
    titles,
  });
  const item = (
    candidates: string[],
    titles: string[] = [],
    candidatesInArticle = false,
  ): ReviewItemMember => ({
    ...member("item", "Quillon"),
    candidates,
    titles,
    candidatesInArticle,
  });
  const proposedFor = (
    items: ReviewItemMember[],
    members: DuplicateMember[],
    merges: Record<string, string> = {},
    company: Record<string, number> = {},
  ): string[] =>
    reviewItemPairs(
      EntityType.Person,
      items,
      new Map(members.map((one) => [one.id, one])),
      (id) => merges[id] ?? id,
      new Map([["item", new Map(Object.entries(company))]]),
    ).map((pair) => `${pair.keep.id}+${pair.merge.id}:${pair.reason}`);

  // Two namesakes too close in prominence for linking to pick one.
  const marta = person("marta", "Marta Quillon", 40, ["former secretary of state"]);
  const ivo = person("ivo", "Ivo Quillon", 30, ["president"]);

  it("proposes the one entity its candidates were merged into", () => {
    const merged = person("marta", "Marta Quillon", 70);
    expect(proposedFor([item(["marta", "quillon"])], [merged], { quillon: "marta" })).toEqual([
      "marta+item:CANDIDATES_MERGED",
    ]);
    expect(proposedFor([item(["marta", "ivo"])], [marta, ivo])).toEqual([]);
  });

  it("proposes the one candidate given the office the article writes before the name", () => {
    expect(proposedFor([item(["ivo", "marta"], ["secretary"])], [marta, ivo])).toEqual([
      "marta+item:TITLE_OF_ONE_CANDIDATE",
    ]);
    const both = person("ivo", "Ivo Quillon", 30, ["secretary of the treasury"]);
    expect(proposedFor([item(["ivo", "marta"], ["secretary"])], [marta, both])).toEqual([]);
    // An honorific rules a candidate out before the office is weighed.
    expect(proposedFor([item(["ivo", "marta"], ["mr", "secretary"])], [marta, both])).toEqual([
      "ivo+item:TITLE_OF_ONE_CANDIDATE",
    ]);
  });

  it("proposes a candidate from the graph that has become the prominent namesake, never one of the article's own", () => {
    const prominent = person("marta", "Marta Quillon", 400);
    expect(proposedFor([item(["ivo", "marta"])], [prominent, ivo])).toEqual([
      "marta+item:PROMINENT_CANDIDATE",
    ]);
    expect(proposedFor([item(["ivo", "marta"], [], true)], [prominent, ivo])).toEqual([]);
    // Every person the word may name counts, not only the candidates the name came in with.
    const another = person("ada", "Ada Quillon", 45);
    expect(proposedFor([item(["ivo", "marta"])], [prominent, ivo, another])).toEqual([]);
  });

  it("proposes the candidate named far more often than its namesakes with the entities the name is named with", () => {
    expect(proposedFor([item(["ivo", "marta"])], [marta, ivo], {}, { marta: 37, ivo: 0 })).toEqual([
      "marta+item:CANDIDATE_OF_ITS_COMPANY",
    ]);
    // Too close to tell, too few statements to count, or the candidates the article's own people.
    expect(proposedFor([item(["ivo", "marta"])], [marta, ivo], {}, { marta: 37, ivo: 5 })).toEqual([]);
    expect(proposedFor([item(["ivo", "marta"])], [marta, ivo], {}, { marta: 12, ivo: 0 })).toEqual([]);
    expect(proposedFor([item(["ivo", "marta"], [], true)], [marta, ivo], {}, { marta: 37 })).toEqual([]);
    // Every person the word may name is weighed: one the counts favour must be a candidate.
    const ada = person("ada", "Ada Quillon", 45);
    expect(proposedFor([item(["ivo", "marta"])], [marta, ivo, ada], {}, { ada: 37 })).toEqual([]);
  });
});

describe("namesakeQuestions", () => {
  const person = (id: string, name: string): DuplicateMember => member(id, name, [], 10);
  const lone = (id: string, name: string, candidatesInArticle = false): ReviewItemMember => ({
    ...member(id, name),
    candidates: ["marta", "ivo"],
    titles: [],
    candidatesInArticle,
  });

  it("asks, for each lone word waiting for review, about every person it may name", () => {
    const members = [
      person("marta", "Marta Quillon"),
      person("ivo", "Ivo Quillon"),
      person("ada", "Ada Vell"),
    ];
    const byId = new Map(members.map((one) => [one.id, one]));
    const items = [
      lone("q", "Quillon"),
      lone("p", "Quillon", true),
      lone("v", "Vell"),
      lone("m", "Marta Quillon"),
    ];
    expect(namesakeQuestions(EntityType.Person, items, byId, (id) => id)).toEqual([
      { item: "q", namesakes: expect.arrayContaining(["marta", "ivo"]) },
    ]);
    expect(namesakeQuestions(EntityType.Organization, items, byId, (id) => id)).toEqual([]);
  });
});
