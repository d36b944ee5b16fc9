// npm run check:claims: every statement as schema.org JSON-LD, checked against the vendored vocabulary;
// counts the ClaimReviews by rating; exits 1 when any document breaks schema.org's definitions.
import { parseCli, runMain } from "../src/cli";
import { withConfiguredNeo4j } from "../src/db/wait";
import { claimJsonLd } from "../src/graph/claim-jsonld";
import { schemaOrgProblems } from "../src/graph/schema-org-check";
import { progressBar } from "../src/progress";
import { allStatementIds, claimRecords } from "../src/store/claims";

const HELP = `
Usage: npm run check:claims [-- --json]

Builds every statement of the graph as the schema.org JSON-LD that GET /statements/{id}.jsonld serves
(a Claim, and a ClaimReview per published dispute or confirmation) and checks each document against
the part of schema.org release 29.0 it uses (src/graph/schema-org-check.ts): every @type exists, every
property is defined for its type, every value is of an allowed type. Prints how many documents there
are, how many break the vocabulary (with the first problems), how many carry ClaimReviews, and the
reviews by rating. Read-only.

Options:
  --json    print the counts as JSON
  -h, --help

Exit status: 0 when every document is valid, 1 when one is not (or the check could not run).
Uses NEO4J_URI etc. (README.md); with NEO4J_URI unset it starts the local Neo4j if needed.
`;

const BATCH = 200;
const SHOWN_PROBLEMS = 5;

const { values } = parseCli(HELP, { json: { type: "boolean" } });

runMain(() =>
  withConfiguredNeo4j(async (db, config) => {
    const ids = await allStatementIds(db);
    const bar = progressBar("claims");
    const counts = { documents: 0, invalid: 0, withReviews: 0, reviews: {} as Record<string, number> };
    const problems: string[] = [];
    for (let start = 0; start < ids.length; start += BATCH) {
      const records = await claimRecords(db, ids.slice(start, start + BATCH));
      for (const [id, record] of records) {
        const graph = claimJsonLd(record, config.publicUrl)["@graph"];
        const found = schemaOrgProblems(
          JSON.parse(JSON.stringify({ "@context": "https://schema.org", "@graph": graph })),
        );
        counts.documents += 1;
        if (found.length > 0) counts.invalid += 1;
        problems.push(...found.map((problem) => `${id}: ${problem}`));
        const reviews = graph.slice(1);
        if (reviews.length > 0) counts.withReviews += 1;
        for (const review of reviews) {
          const rating = String((review.reviewRating as { alternateName: string }).alternateName);
          counts.reviews[rating] = (counts.reviews[rating] ?? 0) + 1;
        }
      }
      bar.update(Math.min(start + BATCH, ids.length), ids.length);
    }
    bar.stop();
    if (values.json) {
      const report = { statements: ids.length, ...counts, problems: problems.slice(0, SHOWN_PROBLEMS) };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const ratings = Object.entries(counts.reviews).map(([rating, n]) => `${n} ${rating}`);
      process.stdout.write(
        `${counts.documents} of ${ids.length} statements as JSON-LD; ${counts.invalid} break schema.org\n` +
          `${counts.withReviews} with ClaimReviews (${ratings.join(", ") || "none"})\n`,
      );
      for (const problem of problems.slice(0, SHOWN_PROBLEMS)) process.stdout.write(`  ${problem}\n`);
    }
    if (counts.invalid > 0) process.exitCode = 1;
  }),
);
