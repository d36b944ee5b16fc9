// The CoreNLP server the tests use: CORENLP_URL when given, else a local one of their own (.corenlp/test,
// port 9001 or CORENLP_TEST_PORT) so that tests never depend on a server `npm start` runs.
import path from "node:path";
import type { NlpServerOptions } from "../../src/nlp/local-server";
import { PROJECT_ROOT } from "../../src/paths";

export const TEST_NLP_SERVER: NlpServerOptions = {
  port: Number(process.env.CORENLP_TEST_PORT ?? 9001),
  instanceDir: process.env.CORENLP_TEST_INSTANCE_DIR ?? path.join(PROJECT_ROOT, ".corenlp", "test"),
  heap: "3g",
};

/** Set by the global setup: the URL of the NLP server the tests talk to. */
export const NLP_URL_VARIABLE = "NEWSGRAPH_TEST_CORENLP_URL";
/** Marks, for the teardown, that the global setup started the local CoreNLP. */
export const NLP_STARTED_FLAG = "NEWSGRAPH_TEST_STARTED_CORENLP";

export function testNlpUrl(): string {
  const url = process.env[NLP_URL_VARIABLE];
  if (url === undefined)
    throw new Error(`${NLP_URL_VARIABLE} is not set: the global setup starts the NLP server`);
  return url;
}
