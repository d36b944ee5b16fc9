// The Neo4j Browser guide (cypher/guide/newsgraph.html) and style (cypher/newsgraph.grass): the guide has the
// slide format `:play` shows, and every query a user can click in it runs on the seed graph; the style, read
// the way Neo4j Browser reads GraSS, gives every label of the model its own colour, size and caption.
import { readFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { Database } from "../../src/db/database";
import { Label, RelationshipType, StructuralRelationship } from "../../src/graph/model";
import { CYPHER_DIR } from "../../src/paths";
import { openTestDatabase } from "../support/test-server";

const GUIDE = readFileSync(path.join(CYPHER_DIR, "guide", "newsgraph.html"), "utf8");
const GRASS = readFileSync(path.join(CYPHER_DIR, "newsgraph.grass"), "utf8");

// ---- the guide -------------------------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Decodes HTML character references; an unknown named one is an error, not left as it is. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (reference, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const decoded = NAMED_ENTITIES[name];
    if (decoded === undefined) throw new Error(`unknown HTML entity ${reference} in the guide`);
    return decoded;
  });
}

/** What Neo4j Browser puts in the editor when a runnable block is clicked: its textContent, trimmed. */
function runnableBlocks(html: string): string[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const blocks: string[] = [];
  for (const match of withoutComments.matchAll(/<pre\b([^>]*)>([\s\S]*?)<\/pre\s*>/gi)) {
    const classes = /\bclass="([^"]*)"/.exec(match[1])?.[1].split(/\s+/) ?? [];
    if (!classes.includes("runnable")) continue;
    blocks.push(decodeEntities(match[2].replace(/<[^>]*>/g, "")).trim());
  }
  return blocks;
}

const BLOCKS = runnableBlocks(GUIDE);
const BROWSER_COMMANDS = BLOCKS.filter((block) => block.startsWith(":"));
const QUERIES = BLOCKS.filter((block) => !block.startsWith(":"));

async function runRead(db: Database, query: string) {
  const result = await db.driver.executeQuery(query, {}, { database: db.name, routing: neo4j.routing.READ });
  return {
    rows: result.records.length,
    queryType: result.summary.queryType,
    notifications: result.summary.notifications.map((n) => `${n.code}: ${n.description}`),
  };
}

describe("cypher/guide/newsgraph.html", () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => {
    await db.driver.close();
  });

  it("is a Neo4j Browser guide: an article of 6 to 10 slides in a carousel, each with a heading", () => {
    expect(GUIDE).toContain('<article class="guide">');
    expect(GUIDE).toContain('<carousel class="deck container-fluid">');
    const slides = [...GUIDE.matchAll(/<slide class="row-fluid">([\s\S]*?)<\/slide>/g)].map(
      (match) => match[1],
    );
    expect(slides.length).toBeGreaterThanOrEqual(6);
    expect(slides.length).toBeLessThanOrEqual(10);
    expect(GUIDE.match(/<slide\b/g)).toHaveLength(slides.length);
    for (const slide of slides) expect(slide).toMatch(/<h3>[^<]+<\/h3>/);
  });

  it("has runnable queries, and its Browser commands are only :style and :play of Newsgraph's files", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(10);
    for (const command of BROWSER_COMMANDS) {
      expect(command).toMatch(/^:(style|play) http:\/\/localhost:4000\/guide\/newsgraph\.(grass|html)$/);
    }
  });

  it("has no script, event handler or image, which Neo4j Browser strips or blocks", () => {
    expect(GUIDE).not.toMatch(/<script\b|\son\w+\s*=|<img\b/i);
  });

  it("points at the GraphQL API", () => {
    expect(GUIDE).toContain('href="http://localhost:4000/graphql"');
  });

  it.each(QUERIES.map((query) => [query.split("\n")[0], query]))(
    "query %# runs read-only on the seed graph, without warnings, returning rows: %s",
    async (_first, query) => {
      const run = await runRead(db, query);
      expect(run.notifications).toEqual([]);
      expect(run.queryType).toBe("r");
      expect(run.rows).toBeGreaterThan(0);
    },
  );
});

// ---- the style -------------------------------------------------------------------------------------------

type Grass = Record<string, Record<string, string>>;

/**
 * GraSS as Neo4j Browser 5 reads a dropped file or `:style <url>` (parseGrass in neo4j-browser's
 * grassUtils), step for step. It has no comment syntax: text between rules becomes part of the next
 * selector, and a comment before a declaration becomes part of its name.
 */
function parseGrassLikeBrowser(text: string): Grass {
  let inString = false;
  let inRule = false;
  let nested = false;
  let selector = "";
  let body = "";
  const bodies: Record<string, string> = {};
  for (const char of text) {
    let special = true;
    switch (char) {
      case "{":
        if (inString) special = false;
        else if (inRule) nested = true;
        else inRule = true;
        break;
      case "}":
        if (inString) special = false;
        else if (nested) nested = false;
        else {
          inRule = false;
          bodies[selector] = body;
          selector = "";
          body = "";
        }
        break;
      case "'":
      case '"':
        inString = !inString;
        break;
      default:
        special = false;
    }
    if (special) continue;
    if (inRule) body += char;
    else if (!/\s/.test(char)) selector += char;
  }
  const rules: Grass = {};
  for (const [name, ruleBody] of Object.entries(bodies)) {
    rules[name] = {};
    for (const declaration of ruleBody.split(";")) {
      const parts = declaration.split(":");
      if (parts.length === 2) rules[name][parts[0].trim()] = parts[1].trim();
    }
  }
  return rules;
}

const RULES = parseGrassLikeBrowser(GRASS);
const LABELS = Object.values(Label);
const ENTITY_TYPES = LABELS.filter((label) =>
  [Label.Person, Label.Organization, Label.Place, Label.Facility].includes(label),
);
const TYPES: string[] = [...Object.values(RelationshipType), ...Object.values(StructuralRelationship)];
const NODE_PROPERTIES = [
  "diameter",
  "color",
  "border-color",
  "border-width",
  "text-color-internal",
  "font-size",
  "caption",
];
const RELATIONSHIP_PROPERTIES = [
  "color",
  "shaft-width",
  "font-size",
  "padding",
  "text-color-external",
  "text-color-internal",
  "caption",
];
const HEX = /^#[0-9A-F]{6}$/i;

/** The `{property}` placeholders of a caption (`<type>` and `<id>` are not properties). */
function captionProperties(caption: string): string[] {
  return [...caption.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]);
}

describe("cypher/newsgraph.grass", () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => {
    await db.driver.close();
  });

  it("has only node and relationship rules for the model's labels and types, with known properties", () => {
    // A comment in the wrong place shows up here, as a mangled selector or property name.
    for (const [selector, properties] of Object.entries(RULES)) {
      const [tag, name, ...rest] = selector.split(".");
      expect(rest).toEqual([]);
      if (tag === "node") {
        if (name !== undefined) expect(LABELS).toContain(name);
        for (const key of Object.keys(properties)) expect(NODE_PROPERTIES).toContain(key);
      } else {
        expect(tag).toBe("relationship");
        if (name !== undefined) expect(TYPES).toContain(name);
        for (const key of Object.keys(properties)) expect(RELATIONSHIP_PROPERTIES).toContain(key);
      }
    }
    expect(Object.keys(RULES)).toEqual(expect.arrayContaining(["node", "relationship"]));
  });

  it("styles every label of the model with its own colour and size, and a caption", () => {
    for (const label of LABELS) {
      const rule = RULES[`node.${label}`];
      expect(rule).toBeDefined();
      expect(rule.color).toMatch(HEX);
      expect(rule["border-color"]).toMatch(HEX);
      expect(rule["text-color-internal"]).toMatch(HEX);
      expect(rule.diameter).toMatch(/^\d+px$/);
      expect(rule.caption).toBeTruthy();
    }
    const colours = LABELS.map((label) => RULES[`node.${label}`].color.toUpperCase());
    const sizes = LABELS.map((label) => RULES[`node.${label}`].diameter);
    expect(new Set(colours).size).toBe(LABELS.length);
    expect(new Set(sizes).size).toBe(LABELS.length);
  });

  it("puts node.Entity before the entity types, so that a Person is coloured as a Person", () => {
    // Neo4j Browser applies every matching rule in file order; a later one overrides an earlier one.
    const order = Object.keys(RULES);
    for (const type of ENTITY_TYPES) {
      expect(order.indexOf(`node.${Label.Entity}`)).toBeLessThan(order.indexOf(`node.${type}`));
    }
  });

  it("captions every relationship type", () => {
    for (const type of TYPES) expect(RULES[`relationship.${type}`]?.caption).toBeTruthy();
  });

  it("lists the same palette in its comment as its rules use", () => {
    const palette = new Map(
      [
        ...GRASS.matchAll(/^\s+(\w+)\s+(#[0-9A-F]{6})\s+border\s+(#[0-9A-F]{6})\s+text\s+(#[0-9A-F]{6})/gim),
      ].map((match) => [match[1], match.slice(2, 5).map((hex) => hex.toUpperCase())]),
    );
    for (const label of LABELS) {
      const rule = RULES[`node.${label}`];
      expect([label, palette.get(label)]).toEqual([
        label,
        [rule.color, rule["border-color"], rule["text-color-internal"]].map((hex) => hex.toUpperCase()),
      ]);
    }
  });

  it("captions with properties every node and relationship of the seed graph has", async () => {
    for (const label of LABELS) {
      for (const property of captionProperties(RULES[`node.${label}`].caption)) {
        const [row] = await db.read<{ missing: number }>(
          `MATCH (node:${label}) WHERE node[$property] IS NULL RETURN count(node) AS missing`,
          { property },
        );
        expect([label, property, row.missing]).toEqual([label, property, 0]);
      }
    }
    for (const type of TYPES) {
      for (const property of captionProperties(RULES[`relationship.${type}`]?.caption ?? "")) {
        const [row] = await db.read<{ missing: number }>(
          `MATCH ()-[relationship:${type}]->() WHERE relationship[$property] IS NULL RETURN count(relationship) AS missing`,
          { property },
        );
        expect([type, property, row.missing]).toEqual([type, property, 0]);
      }
    }
  });
});
