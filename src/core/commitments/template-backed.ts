import type { Candidate } from './find-commitments.ts';

/**
 * The headings of one level that each head exactly one template block (a block's first field line
 * between the heading and the next one), when two at least do. A level of printed headings may also
 * hold sections of the introduction in the commitments' very style ("What we heard", "Who took part"):
 * they carry no template, the commitments each carry one.
 */
export function templateBacked(list: readonly Candidate[], starts: readonly number[]): Candidate[] {
  const kept = list.filter((c, i) => {
    const end = list[i + 1]?.line ?? Infinity;
    return starts.filter((s) => s > c.lastLine && s < end).length === 1;
  });
  if (kept.length < 2 || kept.length === list.length) return [];
  // Their themes are read as for the template's own titles, not from whatever heading the layout put above
  // them (a web page's title).
  return kept.map(({ theme: _theme, ...c }) => c);
}
