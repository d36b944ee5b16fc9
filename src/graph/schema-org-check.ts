// The part of the schema.org vocabulary our JSON-LD uses, vendored so that the tests and
// `npm run check:claims` check it without the network, and a checker that holds a document to it: every @type is a schema.org type, every property
// is defined for the node's type (or a supertype), and every value is of a type the property allows.
//
// Source: schema.org release 29.0, data/releases/29.0/schemaorg-current-https-properties.csv in
// github.com/schemaorg/schemaorg (each property's domainIncludes and rangeIncludes copied as they
// are there), and the types' supertypes (subClassOf) as schema.org defines them in the same release.
// A property added to src/graph/claim-jsonld.ts must be added here from that file, or the tests fail.

/** Each type's direct supertypes. */
export const SCHEMA_ORG_TYPES: Record<string, readonly string[]> = {
  Thing: [],
  CreativeWork: ["Thing"],
  Claim: ["CreativeWork"],
  Review: ["CreativeWork"],
  ClaimReview: ["Review"],
  Article: ["CreativeWork"],
  NewsArticle: ["Article"],
  Intangible: ["Thing"],
  Rating: ["Intangible"],
  Person: ["Thing"],
  Organization: ["Thing"],
};

/** Data types: a literal value rather than a node. URL is a kind of Text in schema.org. */
export const SCHEMA_ORG_DATA_TYPES = ["Text", "URL", "Date", "DateTime", "Number"] as const;
type DataType = (typeof SCHEMA_ORG_DATA_TYPES)[number];

/** Each property's domainIncludes and rangeIncludes. */
export const SCHEMA_ORG_PROPERTIES: Record<string, { domain: readonly string[]; range: readonly string[] }> =
  {
    alternateName: { domain: ["Thing"], range: ["Text"] },
    appearance: { domain: ["Claim"], range: ["CreativeWork"] },
    author: { domain: ["CreativeWork", "Rating"], range: ["Organization", "Person"] },
    bestRating: { domain: ["Rating"], range: ["Number", "Text"] },
    claimReviewed: { domain: ["ClaimReview"], range: ["Text"] },
    dateCreated: { domain: ["CreativeWork", "DataFeedItem"], range: ["Date", "DateTime"] },
    datePublished: { domain: ["Certification", "CreativeWork"], range: ["Date", "DateTime"] },
    firstAppearance: { domain: ["Claim"], range: ["CreativeWork"] },
    headline: { domain: ["CreativeWork"], range: ["Text"] },
    isBasedOn: { domain: ["CreativeWork"], range: ["CreativeWork", "Product", "URL"] },
    itemReviewed: { domain: ["AggregateRating", "Review"], range: ["Thing"] },
    name: { domain: ["Thing"], range: ["Text"] },
    publisher: { domain: ["CreativeWork", "FinancialIncentive"], range: ["Organization", "Person"] },
    ratingValue: { domain: ["Rating"], range: ["Number", "Text"] },
    reviewBody: { domain: ["Review"], range: ["Text"] },
    reviewRating: { domain: ["Review"], range: ["Rating"] },
    text: { domain: ["CreativeWork"], range: ["Text"] },
    url: { domain: ["Thing"], range: ["URL"] },
    worstRating: { domain: ["Rating"], range: ["Number", "Text"] },
  };

/** The type and all its supertypes. */
function ancestry(type: string): string[] {
  return [type, ...(SCHEMA_ORG_TYPES[type] ?? []).flatMap(ancestry)];
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** ISO 8601 dates as schema.org's Date takes them, at the precision the source gives: 2016, 2016-09, 2016-09-21. */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

const LITERAL_CHECKS: Record<DataType, (value: unknown) => boolean> = {
  Text: (value) => typeof value === "string",
  URL: (value) => typeof value === "string" && isUrl(value),
  Date: (value) => typeof value === "string" && ISO_DATE.test(value),
  DateTime: (value) => typeof value === "string" && ISO_DATE_TIME.test(value),
  Number: (value) => typeof value === "number" && Number.isFinite(value),
};

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Everything in `document` that schema.org's definitions do not allow, one line each; [] for a valid
 * document. A value that is only {"@id": …} must name a node of the document's @graph whose type the
 * property allows.
 */
export function schemaOrgProblems(document: unknown): string[] {
  const problems: string[] = [];
  if (!isNode(document) || document["@context"] !== "https://schema.org") {
    return ['the document is not a JSON object with "@context": "https://schema.org"'];
  }
  const nodes = Array.isArray(document["@graph"]) ? document["@graph"] : [document];
  const byId = new Map<string, Node>();
  for (const node of nodes) if (isNode(node) && typeof node["@id"] === "string") byId.set(node["@id"], node);

  const checkNode = (node: Node, path: string): string | undefined => {
    const type = node["@type"];
    if (typeof type !== "string" || !(type in SCHEMA_ORG_TYPES)) {
      problems.push(`${path}: @type ${JSON.stringify(type)} is not a schema.org type`);
      return undefined;
    }
    if ("@id" in node && !(typeof node["@id"] === "string" && isUrl(node["@id"]))) {
      problems.push(`${path}: @id ${JSON.stringify(node["@id"])} is not an absolute URL`);
    }
    const types = ancestry(type);
    for (const [property, value] of Object.entries(node)) {
      if (property.startsWith("@")) continue;
      const definition = SCHEMA_ORG_PROPERTIES[property];
      if (!definition) {
        problems.push(`${path}.${property}: not a schema.org property we know of`);
        continue;
      }
      if (!definition.domain.some((domain) => types.includes(domain))) {
        problems.push(`${path}.${property}: not a property of ${type} (${definition.domain.join(", ")})`);
      }
      const values = Array.isArray(value) ? value : [value];
      values.forEach((item, index) =>
        checkValue(
          item,
          definition.range,
          Array.isArray(value) ? `${path}.${property}[${index}]` : `${path}.${property}`,
        ),
      );
    }
    return type;
  };

  const checkValue = (value: unknown, range: readonly string[], path: string): void => {
    if (!isNode(value)) {
      const allowed = range.filter((type): type is DataType =>
        (SCHEMA_ORG_DATA_TYPES as readonly string[]).includes(type),
      );
      if (!allowed.some((type) => LITERAL_CHECKS[type](value))) {
        problems.push(`${path}: ${JSON.stringify(value)} is none of ${range.join(", ")}`);
      }
      return;
    }
    const keys = Object.keys(value);
    const reference = keys.length === 1 && keys[0] === "@id";
    const target = reference ? byId.get(String(value["@id"])) : value;
    if (!target) {
      problems.push(`${path}: @id ${JSON.stringify(value["@id"])} names no node of the document`);
      return;
    }
    const type = reference ? String(target["@type"]) : checkNode(target, path);
    if (type !== undefined && !ancestry(type).some((ancestor) => range.includes(ancestor))) {
      problems.push(`${path}: a ${type} is none of ${range.join(", ")}`);
    }
  };

  nodes.forEach((node, index) => {
    if (isNode(node)) checkNode(node, `@graph[${index}]`);
    else problems.push(`@graph[${index}]: not a node`);
  });
  return problems;
}
