// The JSON-LD builder on records written for these tests, held to schema.org's definitions (vendored
// in test/support/schema-org.ts); and the checker itself, which must catch what schema.org forbids.
import {
  claimJsonLd,
  type ClaimAppearance,
  type ClaimRecord,
  type JsonLdNode,
} from "../../src/graph/claim-jsonld";
import { EntityType, RelationshipType } from "../../src/graph/model";
import { schemaOrgProblems } from "../../src/graph/schema-org-check";

const BASE = "https://news.example.org";

function appearance(
  articleId: string,
  publishedOn: string | null,
  url: string | null = null,
): ClaimAppearance {
  return {
    articleId,
    title: `Headline of ${articleId}`,
    url,
    publishedOn,
    publisher: { id: "organization/tidewater-ledger", name: "The Tidewater Ledger" },
  };
}

const harbourClaim: ClaimRecord = {
  statementId: "statement/article/tidewater-2026-03-02/118",
  text: "The harbour will reopen to ferries by Friday.",
  saidOn: "2026-03-02",
  speaker: { id: "person/mara-velde", type: EntityType.Person, name: "Mara Velde" },
  appearances: [
    appearance("article/later-report", "2026-03-05", "https://ledger.example.com/later"),
    appearance("article/undated-report", null),
    appearance("article/first-report", "2026-03"),
  ],
  reviews: [],
};

function graphOf(record: ClaimRecord): JsonLdNode[] {
  return claimJsonLd(record, BASE)["@graph"];
}

describe("a statement as schema.org JSON-LD", () => {
  it("is a Claim alone when nothing disputes or confirms it, valid against schema.org", () => {
    const document = claimJsonLd(harbourClaim, BASE);
    expect(schemaOrgProblems(document)).toEqual([]);
    expect(document["@graph"].map((node) => node["@type"])).toEqual(["Claim"]);
    const [claim] = document["@graph"];
    expect(claim).toMatchObject({
      "@id": `${BASE}/statements/statement%2Farticle%2Ftidewater-2026-03-02%2F118.jsonld`,
      text: harbourClaim.text,
      dateCreated: "2026-03-02",
      author: { "@type": "Person", "@id": `${BASE}/explore?entity=person%2Fmara-velde`, name: "Mara Velde" },
    });
  });

  it("lists every appearance, earliest published first, undated last, and the earliest as firstAppearance", () => {
    const [claim] = graphOf(harbourClaim);
    const headlines = (claim.appearance as JsonLdNode[]).map((work) => work.headline);
    expect(headlines).toEqual([
      "Headline of article/first-report",
      "Headline of article/later-report",
      "Headline of article/undated-report",
    ]);
    expect((claim.firstAppearance as JsonLdNode).headline).toBe("Headline of article/first-report");
    expect((claim.appearance as JsonLdNode[])[1]).toMatchObject({
      "@id": "https://ledger.example.com/later",
      url: "https://ledger.example.com/later",
      datePublished: "2026-03-05",
    });
  });

  it("adds a ClaimReview by the disputing source, rated 1 of 5 (Disputed), and one by a confirming source, 5 of 5", () => {
    const record: ClaimRecord = {
      ...harbourClaim,
      reviews: [
        {
          relationship: RelationshipType.DISPUTES,
          statementId: "statement/article/tidewater-2026-03-02/402",
          text: "The ferries will not sail before April.",
          saidOn: null,
          author: {
            id: "organization/harbour-authority",
            type: EntityType.Organization,
            name: "Harbour Authority",
          },
          reportedIn: appearance("article/first-report", "2026-03"),
        },
        {
          relationship: RelationshipType.CONFIRMS,
          statementId: "statement/article/tidewater-2026-03-02/511",
          text: "Friday it is.",
          saidOn: "2026-03-03",
          author: { id: "place/port-vell", type: EntityType.Place, name: "Port Vell" },
          reportedIn: null,
        },
      ],
    };
    const document = claimJsonLd(record, BASE);
    expect(schemaOrgProblems(document)).toEqual([]);
    const [claim, disputed, confirmed] = document["@graph"];
    expect(disputed).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: harbourClaim.text,
      itemReviewed: { "@id": claim["@id"] },
      author: { "@type": "Organization", name: "Harbour Authority" },
      reviewRating: {
        "@type": "Rating",
        ratingValue: 1,
        worstRating: 1,
        bestRating: 5,
        alternateName: "Disputed",
      },
      reviewBody: "The ferries will not sail before April.",
      datePublished: "2026-03",
      url: `${BASE}/explore?statement=statement%2Farticle%2Ftidewater-2026-03-02%2F402`,
    });
    // A place that speaks does so through its government: schema.org's author is a Person or an Organization.
    expect(confirmed).toMatchObject({
      author: { "@type": "Organization", name: "Port Vell" },
      reviewRating: { ratingValue: 5, alternateName: "Confirmed" },
      dateCreated: "2026-03-03",
    });
    expect(confirmed).not.toHaveProperty("datePublished");
  });

  it("leaves out what the graph does not know rather than inventing it", () => {
    const [claim] = graphOf({ ...harbourClaim, saidOn: null, appearances: [] });
    expect(claim).not.toHaveProperty("dateCreated");
    expect(claim).not.toHaveProperty("appearance");
    expect(claim).not.toHaveProperty("firstAppearance");
  });
});

describe("the schema.org checker", () => {
  const valid = () => claimJsonLd(harbourClaim, BASE) as unknown as { "@graph": Record<string, unknown>[] };

  it("refuses a type schema.org does not define", () => {
    const document = valid();
    document["@graph"][0]["@type"] = "Quote";
    expect(schemaOrgProblems(document)).toEqual([expect.stringContaining("is not a schema.org type")]);
  });

  it("refuses a property outside its type's domain", () => {
    const document = valid();
    document["@graph"][0].reviewBody = "not on a Claim";
    expect(schemaOrgProblems(document)).toEqual([expect.stringContaining("not a property of Claim")]);
  });

  it("refuses a value outside the property's range", () => {
    const document = valid();
    document["@graph"][0].author = { "@type": "NewsArticle", headline: "an article is no author" };
    document["@graph"][0].dateCreated = "2 March 2026";
    expect(schemaOrgProblems(document)).toEqual([
      expect.stringContaining("a NewsArticle is none of Organization, Person"),
      expect.stringContaining('"2 March 2026" is none of Date, DateTime'),
    ]);
  });

  it("refuses a reference to a node the document does not hold", () => {
    const record: ClaimRecord = {
      ...harbourClaim,
      reviews: [
        {
          relationship: RelationshipType.DISPUTES,
          statementId: "statement/x/1",
          text: "No.",
          saidOn: null,
          author: harbourClaim.speaker,
          reportedIn: null,
        },
      ],
    };
    const document = claimJsonLd(record, BASE) as unknown as { "@graph": Record<string, unknown>[] };
    document["@graph"][1].itemReviewed = { "@id": `${BASE}/statements/elsewhere.jsonld` };
    expect(schemaOrgProblems(document)).toEqual([expect.stringContaining("names no node of the document")]);
  });
});
