// The HTTP client of the Stanford CoreNLP server: text in, our Annotation out. Long texts go in chunks
// cut at line breaks (each request stays small and bounded in time); an optional disk cache keyed by the
// text and the properties lets evaluations re-run the rules without re-annotating.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../paths";
import { gunzipSync, gzipSync } from "node:zlib";
import { chunksOf, joinAnnotations, readCoreNlpAnswer, type Annotation } from "../ingest/annotate";

/** The annotation properties, declared once in corenlp/newsgraph.properties (the server preloads them). */
export const ANNOTATION_PROPERTIES: Readonly<Record<string, string>> = {
  ...readProperties(path.join(PROJECT_ROOT, "corenlp", "newsgraph.properties")),
  outputFormat: "json",
};

function readProperties(file: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^\s*([^#\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) properties[match[1]] = match[2];
  }
  return properties;
}

/** Characters per request: a long article goes in pieces, each annotated within the server's timeout. */
const MAX_CHUNK_LENGTH = 20_000;
const DEFAULT_TIMEOUT_MS = 120_000;

export class NlpServerError extends Error {
  override name = "NlpServerError";
}

export interface CoreNlpClientOptions {
  timeoutMs?: number;
  /** A folder for annotations already computed (evaluation runs, re-ingesting a folder); none by default. */
  cacheDir?: string;
}

/** The server's URL without credentials, and the Authorization header they make (fetch refuses URLs with them). */
function endpointOf(url: string): { endpoint: URL; authorization?: string } {
  const endpoint = new URL(url);
  if (endpoint.protocol !== "http:" && endpoint.protocol !== "https:") {
    throw new NlpServerError(`the NLP server URL must be http(s), got ${endpoint.protocol}`);
  }
  const user = decodeURIComponent(endpoint.username);
  const password = decodeURIComponent(endpoint.password);
  endpoint.username = "";
  endpoint.password = "";
  const authorization =
    user !== "" ? `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}` : undefined;
  return { endpoint, authorization };
}

export class CoreNlpClient {
  private readonly endpoint: URL;
  private readonly authorization: string | undefined;
  private readonly timeoutMs: number;
  private readonly cacheDir: string | undefined;

  constructor(url: string, options: CoreNlpClientOptions = {}) {
    ({ endpoint: this.endpoint, authorization: this.authorization } = endpointOf(url));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.cacheDir = options.cacheDir;
  }

  /** Where the server answers, without credentials (for messages). */
  get address(): string {
    return this.endpoint.origin;
  }

  async annotate(text: string): Promise<Annotation> {
    const parts: Annotation[] = [];
    let sentences = 0;
    for (const chunk of chunksOf(text, MAX_CHUNK_LENGTH)) {
      const json = await this.answerFor(text.slice(chunk.start, chunk.end));
      const part = readCoreNlpAnswer(json, chunk.start, sentences);
      sentences += part.sentences.length;
      parts.push(part);
    }
    return joinAnnotations(parts);
  }

  /** The server's answer for one chunk, from the cache when it holds it. */
  private async answerFor(chunk: string): Promise<unknown> {
    const cached = this.fromCache(chunk);
    if (cached !== undefined) return cached;
    const json = await this.request(chunk);
    this.toCache(chunk, json);
    return json;
  }

  /** True when the server answers /ready. */
  async ready(): Promise<boolean> {
    try {
      const response = await fetch(new URL("/ready", this.endpoint), {
        headers: this.headers(),
        signal: AbortSignal.timeout(2_000),
      });
      await response.arrayBuffer();
      return response.ok;
    } catch {
      return false;
    }
  }

  private headers(): Record<string, string> {
    return this.authorization ? { authorization: this.authorization } : {};
  }

  private async request(text: string): Promise<unknown> {
    const url = new URL(this.endpoint);
    url.searchParams.set("properties", JSON.stringify(ANNOTATION_PROPERTIES));
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { ...this.headers(), "content-type": "text/plain; charset=utf-8" },
        body: text,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error && error.name === "TimeoutError" ? "timed out" : "is unreachable";
      throw new NlpServerError(`the NLP server at ${this.address} ${reason}`);
    }
    const body = await response.text();
    if (!response.ok) {
      throw new NlpServerError(
        `the NLP server at ${this.address} answered ${response.status}: ${body.slice(0, 200)}`,
      );
    }
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw new NlpServerError(`the NLP server at ${this.address} answered something other than JSON`);
    }
  }

  private cacheFile(text: string): string | undefined {
    if (this.cacheDir === undefined) return undefined;
    const key = createHash("sha256")
      .update(JSON.stringify(ANNOTATION_PROPERTIES))
      .update("\0")
      .update(text, "utf8")
      .digest("hex");
    return path.join(this.cacheDir, key.slice(0, 2), `${key}.json.gz`);
  }

  private fromCache(text: string): unknown {
    const file = this.cacheFile(text);
    if (file === undefined || !existsSync(file)) return undefined;
    return JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as unknown;
  }

  /** Keeps the server's own answer, so a change in how we read it needs no new annotation. */
  private toCache(text: string, answer: unknown): void {
    const file = this.cacheFile(text);
    if (file === undefined) return;
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, gzipSync(JSON.stringify(answer)));
    renameSync(partial, file);
  }
}
