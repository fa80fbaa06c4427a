let previousRow = new Uint32Array(64);
let currentRow = new Uint32Array(64);

/**
 * 1 for equal strings, falling towards 0 as the Levenshtein distance approaches the longer length. Meant
 * for short strings (quote context); the cost is the product of the lengths.
 */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return 1 - editDistance(a, b) / longest;
}

export function editDistance(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;
  if (previousRow.length <= b.length) {
    previousRow = new Uint32Array(b.length + 1);
    currentRow = new Uint32Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) previousRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    currentRow[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previousRow[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (previousRow[j] as number) + 1;
      const insertion = (currentRow[j - 1] as number) + 1;
      currentRow[j] = Math.min(substitution, deletion, insertion);
    }
    [previousRow, currentRow] = [currentRow, previousRow];
  }
  return previousRow[b.length] as number;
}
