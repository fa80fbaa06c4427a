import { distance } from 'fastest-levenshtein';

/**
 * 1 for equal strings, falling towards 0 as the Levenshtein distance approaches the longer length. The
 * distance is computed by fastest-levenshtein (Myers' bit-parallel algorithm, one machine word per 32
 * characters of the shorter string), since a quote of several hundred characters is compared whole with
 * each passage framed by its context.
 */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return 1 - distance(a, b) / longest;
}
