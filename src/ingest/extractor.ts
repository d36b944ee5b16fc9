// Running the extractor for the application: the text goes to the NLP server, the rules run on its
// annotations. Both happen in worker threads, so a long article never holds up the API's event loop.
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { CoreNlpClient, NlpServerError, type CoreNlpClientOptions } from "../nlp/corenlp-client";
import { PROJECT_ROOT } from "../paths";
import { extractFromAnnotation } from "./extract";
import type { ArticleInput, Extraction, KnownEntity } from "./types";

export interface ExtractionRequest {
  text: string;
  meta: ArticleInput;
  known: readonly KnownEntity[];
}

export interface Extractor {
  extract(request: ExtractionRequest): Promise<Extraction>;
  close(): Promise<void>;
}

/** Annotates and extracts in this thread: for evaluations and scripts that do nothing else meanwhile. */
export function inProcessExtractor(client: CoreNlpClient): Extractor {
  return {
    async extract({ text, meta, known }) {
      return extractFromAnnotation(text, await client.annotate(text), meta, known);
    },
    async close() {},
  };
}

/** The compiled worker script: next to this module when it runs from dist/, else in dist/ after a build. */
function workerScript(): string | undefined {
  const candidates = [
    path.join(__dirname, "extraction-worker.js"),
    path.join(PROJECT_ROOT, "dist", "src", "ingest", "extraction-worker.js"),
  ];
  return candidates.find((candidate) => existsSync(candidate));
}

interface Pending {
  resolve(extraction: Extraction): void;
  reject(error: Error): void;
}

export interface WorkerReply {
  id: number;
  extraction?: Extraction;
  error?: { name: string; message: string };
}

class WorkerPool implements Extractor {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private sequence = 0;

  constructor(script: string, size: number, nlpUrl: string, clientOptions: CoreNlpClientOptions) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(script, { workerData: { nlpUrl, clientOptions } });
      worker.on("message", (reply: WorkerReply) => this.settle(reply));
      worker.on("error", (error) => this.failAll(error));
      worker.unref();
      return worker;
    });
  }

  extract(request: ExtractionRequest): Promise<Extraction> {
    const id = ++this.sequence;
    const worker = this.workers[this.next++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...request });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.failAll(new Error("the extractor was closed"));
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (pending === undefined) return;
    this.pending.delete(reply.id);
    if (reply.extraction !== undefined) pending.resolve(reply.extraction);
    else {
      const error =
        reply.error?.name === "NlpServerError"
          ? new NlpServerError(reply.error.message)
          : new Error(reply.error?.message);
      pending.reject(error);
    }
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/**
 * The extractor the API and the ingest command use: `workers` threads, each with its own client of the
 * NLP server. Without a compiled worker script (tests run from the TypeScript sources before a build) it
 * falls back to this thread.
 */
export function createExtractor(
  nlpUrl: string,
  workers = 2,
  clientOptions: CoreNlpClientOptions = {},
): Extractor {
  const script = workerScript();
  if (script === undefined) return inProcessExtractor(new CoreNlpClient(nlpUrl, clientOptions));
  return new WorkerPool(script, workers, nlpUrl, clientOptions);
}
