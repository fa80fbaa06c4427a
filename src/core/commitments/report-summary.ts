import type { Candidate } from './find-commitments.ts';

const opening = (t: string): string => t.toLowerCase().replace(/\W+/gu, '').slice(0, 24);

/**
 * A report's summary matrix lists every commitment with the status it reports; its body then reviews some
 * of them under headings of their own ("Compromiso 2: …", "Commitment 4: …"). The commitments are the
 * matrix's, each one reviewed in the body taken where its review is, in reading order (a passage's
 * commitment is looked up by position). Null when the headings are not such a subset of a matrix with a
 * status column printed before them.
 */
export function withSummary(textual: readonly Candidate[], matrix: readonly Candidate[]): Candidate[] | null {
  if (matrix.length < 2 || textual.length === 0 || textual.length >= matrix.length) return null;
  if (!matrix.every((c) => c.status !== undefined)) return null;
  if (!textual.every((c) => c.form === 'keyword' || c.form === 'id')) return null;
  const lastRow = (matrix[matrix.length - 1] as Candidate).line;
  if (!textual.every((c) => c.line > lastRow)) return null;
  const key = (c: Candidate): string => `${c.label ?? ''}|${opening(c.title)}`;
  const reviewed = new Map(textual.map((c) => [key(c), c]));
  if (reviewed.size !== textual.length) return null;
  if (matrix.filter((r) => reviewed.has(key(r))).length !== textual.length) return null;
  return matrix
    .map((r) => {
      const heading = reviewed.get(key(r));
      return heading ? { ...heading, theme: null, status: r.status ?? null } : r;
    })
    .sort((a, b) => a.line - b.line);
}
