// The one way the rest of the application runs the extractor: ingestion calls this, never extract.ts.
import { extractArticle } from "./extract";
import type { ArticleInput, Extraction, KnownEntity } from "./types";

export async function runExtraction(
  text: string,
  meta: ArticleInput,
  known: KnownEntity[],
): Promise<Extraction> {
  return extractArticle(text, meta, known);
}
