// Lucene queries for Neo4j's full-text indexes, built only from word tokens so that nothing a user
// types can change the query's syntax.
import { searchTokens } from "../graph/search-text";

/** Any of the words, with a boost for the words together in order (a phrase with some slop). */
export function phraseQuery(text: string): string | null {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return null;
  const words = tokens.map(quoteTerm).join(" ");
  return tokens.length === 1 ? words : `(${words}) OR "${tokens.join(" ")}"~4^4`;
}

/** Every word (a filter narrows: "no angel" keeps only statements with both words). */
export function allWordsQuery(text: string): string | null {
  const tokens = searchTokens(text);
  return tokens.length === 0 ? null : tokens.map((token) => `+${quoteTerm(token)}`).join(" ");
}

/** Any of the words, each also matched with one typo when it is long enough for that to be safe. */
export function fuzzyNameQuery(text: string): string | null {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return null;
  const terms = tokens.map((token) =>
    token.length >= 5 ? `${quoteTerm(token)} OR ${quoteTerm(token)}~1` : quoteTerm(token),
  );
  return `(${terms.join(" OR ")}) OR "${tokens.join(" ")}"^4`;
}

/** Tokens are letters, digits and inner apostrophes; the apostrophe needs no escape, but be strict. */
function quoteTerm(token: string): string {
  return token.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (char) => `\\${char}`);
}
