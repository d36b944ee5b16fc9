// A worker thread of the extractor (src/ingest/extractor.ts): annotates a text with the NLP server and runs
// the rules on it, away from the thread that serves requests.
import { parentPort, workerData } from "node:worker_threads";
import { CoreNlpClient, type CoreNlpClientOptions } from "../nlp/corenlp-client";
import type { WorkerReply } from "./extractor";
import { extractFromAnnotation } from "./extract";
import type { ArticleInput, KnownEntity } from "./types";

interface Job {
  id: number;
  text: string;
  meta: ArticleInput;
  known: KnownEntity[];
}

const { nlpUrl, clientOptions } = workerData as { nlpUrl: string; clientOptions: CoreNlpClientOptions };
const client = new CoreNlpClient(nlpUrl, clientOptions);

parentPort?.on("message", (job: Job) => {
  client.annotate(job.text).then(
    (annotation) => {
      let reply: WorkerReply;
      try {
        reply = { id: job.id, extraction: extractFromAnnotation(job.text, annotation, job.meta, job.known) };
      } catch (error) {
        reply = {
          id: job.id,
          error: { name: "Error", message: error instanceof Error ? error.message : String(error) },
        };
      }
      parentPort?.postMessage(reply);
    },
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      parentPort?.postMessage({
        id: job.id,
        error: { name: failure.name, message: failure.message },
      } satisfies WorkerReply);
    },
  );
});
