// npm run schema / schema:check: emit the GraphQL schema the code builds to schema/schema.graphql, or
// check that the committed file is up to date.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseCli, runMain } from "../src/cli";
import { printNewsgraphSchema } from "../src/graphql/print-schema";
import { SCHEMA_FILE } from "../src/paths";

const HELP = `
Usage: npm run schema            write schema/schema.graphql from the type-graphql classes
       npm run schema:check      exit 1 when schema/schema.graphql differs from the code

The committed schema is what downstream apps read; a test fails when it drifts from the code.
`;

const { values } = parseCli(HELP, { check: { type: "boolean" } });

runMain(async () => {
  const printed = printNewsgraphSchema();
  const relative = path.relative(process.cwd(), SCHEMA_FILE);
  if (values.check) {
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    if (committed !== printed) {
      throw new Error(
        `${relative} differs from the schema the code builds: run \`npm run schema\` and commit it`,
      );
    }
    process.stdout.write(`${relative} is up to date\n`);
    return;
  }
  writeFileSync(SCHEMA_FILE, printed);
  process.stdout.write(`wrote ${relative}\n`);
});
