// Which of several people a lone surname or first name means, by prominence alone: the rule linking
// (src/ingest/stages/linking.ts) and duplicateCandidates (./duplicates.ts) both apply. A word's namesakes
// are all the people it may name, by surname and by first name (or a form of it) together.

/**
 * A lone surname ("Trump", "Mr. Trump") means the one namesake the graph already knows as prominent —
 * at least `minStatements` statements said or named in — when the other namesakes together have at most
 * `maxOthersShare` of its statements. If a lone surname meant each namesake as often as the graph names
 * them, taking it for the prominent one would be wrong at most once in 1 / maxOthersShare + 1 times
 * (1 in 11); it is less often in practice, since the news names a lesser namesake in full. Where the
 * namesakes are closer ("Clinton": two people quoted hundreds of times) nothing is decided by
 * prominence: a wrong link costs more than a review item.
 */
export const PROMINENT_NAMESAKE = { minStatements: 20, maxOthersShare: 0.1 };

/**
 * Within one article a first name two of its people bear ("Paul", with Paul Ryan and Paul Nehlen named)
 * means the one the article is about: named at least three times, and the others together at most a
 * third as often. The article's own words make a smaller sample than the graph's, and the two were named
 * by the writer for the reader in the same text, so a smaller margin is enough.
 */
export const PROMINENT_IN_ARTICLE = { minStatements: 3, maxOthersShare: 1 / 3 };

/** The namesake prominent enough to be the one a lone surname means, or undefined. */
export function prominentNamesake<T>(
  namesakes: readonly T[],
  prominence: (namesake: T) => number,
  threshold: { minStatements: number; maxOthersShare: number } = PROMINENT_NAMESAKE,
): T | undefined {
  const [top, ...others] = [...namesakes].sort((a, b) => prominence(b) - prominence(a));
  if (top === undefined) return undefined;
  const othersTogether = others.reduce((sum, other) => sum + prominence(other), 0);
  return prominence(top) >= threshold.minStatements &&
    othersTogether <= threshold.maxOthersShare * prominence(top)
    ? top
    : undefined;
}
